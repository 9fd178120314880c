package be.mmmbelgium.site.content;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the back-office's text fields ask of the site while someone types: the live
 * preview (Markdown turned into HTML by the same renderer and sanitiser as on save, so
 * that what the preview shows is what the public page will), and the Markdown of text
 * pasted as HTML.
 */
@RestController
class MarkdownPreviewController {

	static final String PATH = "/admin/markdown/preview";

	/** The longest text previewed, as the longest text a form keeps. */
	static final int MAX_LENGTH = 500_000;

	static final String FROM_HTML_PATH = "/admin/markdown/from-html";

	private final MarkdownRenderer markdown;

	private final PastedHtml pasted;

	MarkdownPreviewController(MarkdownRenderer markdown, PastedHtml pasted) {
		this.markdown = markdown;
		this.pasted = pasted;
	}

	@PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(@RequestParam(defaultValue = "") String text) {
		if (text.length() > MAX_LENGTH) {
			return ResponseEntity.status(413).build();
		}
		return ResponseEntity.ok(this.markdown.render(text).getHtml());
	}

	@PostMapping(path = FROM_HTML_PATH, produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> fromHtml(@RequestParam(defaultValue = "") String html) {
		if (html.length() > MAX_LENGTH) {
			return ResponseEntity.status(413).build();
		}
		return ResponseEntity.ok(this.pasted.toMarkdown(html));
	}

}
