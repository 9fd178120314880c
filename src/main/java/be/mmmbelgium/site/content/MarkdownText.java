package be.mmmbelgium.site.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A text as its author wrote it in Markdown, with the sanitised HTML rendered from it
 * when it was saved. Only {@link MarkdownRenderer} makes one, so the HTML is always safe
 * to show.
 */
@Embeddable
public class MarkdownText {

	@Column(name = "markdown", nullable = false)
	private String markdown;

	@Column(name = "html", nullable = false)
	private String html;

	protected MarkdownText() {
	}

	MarkdownText(String markdown, String html) {
		this.markdown = markdown;
		this.html = html;
	}

	public static MarkdownText empty() {
		return new MarkdownText("", "");
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public String getHtml() {
		return this.html;
	}

	public boolean isEmpty() {
		return this.markdown == null || this.markdown.isBlank();
	}

}
