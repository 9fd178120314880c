package be.mmmbelgium.site.content;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live preview of the back-office's text fields: Markdown as it is being typed, turned
 * into HTML by the same renderer and sanitiser as on save, so that what the preview shows
 * is what the public page will.
 */
@RestController
class MarkdownPreviewController {

	static final String PATH = "/admin/markdown/preview";

	/** The longest text previewed, as the longest text a form keeps. */
	static final int MAX_LENGTH = 500_000;

	private final MarkdownRenderer markdown;

	MarkdownPreviewController(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	@PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(@RequestParam(defaultValue = "") String text) {
		if (text.length() > MAX_LENGTH) {
			return ResponseEntity.status(413).build();
		}
		return ResponseEntity.ok(this.markdown.render(text).getHtml());
	}

}
