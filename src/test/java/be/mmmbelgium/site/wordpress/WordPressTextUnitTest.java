package be.mmmbelgium.site.wordpress;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import be.mmmbelgium.site.content.PastedHtml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WordPress text, classic or from the block editor, as the site's Markdown.
 */
class WordPressTextUnitTest {

	private final WordPressText text = new WordPressText(new PastedHtml());

	private final WordPressText.Addresses addresses = new WordPressText.Addresses() {

		@Override
		public @Nullable String picture(String url) {
			return url.startsWith("https://old.example/wp-content/uploads/")
					? "/media/" + url.substring(url.lastIndexOf('/') + 1) : null;
		}

		@Override
		public String link(String url) {
			return url.equals("https://old.example/contact/") ? "/fr/contact" : url;
		}

		@Override
		public WordPressText.@Nullable Picture attachment(long id) {
			return (id == 5) ? new WordPressText.Picture("/media/five.jpg", "Cinq") : null;
		}

		@Override
		public List<WordPressText.Picture> attachedTo(long itemId) {
			return List.of(new WordPressText.Picture("/media/attached.jpg", "Jointe"));
		}

	};

	@Test
	void classicTextBecomesParagraphsAndAnAddressAloneBecomesALink() {
		WordPressText.Converted converted = this.text.toMarkdown(1, """
				Premier paragraphe,
				sur deux lignes.

				Deuxième, avec un <a href="https://old.example/contact/">contact</a> [sic].

				https://vimeo.com/12345
				""", this.addresses);

		assertThat(converted.markdown())
			.containsPattern("Premier paragraphe,( {2}|\\\\)\\nsur deux lignes\\.\\n\\nDeuxième")
			.as("words in brackets are text, escaped for Markdown")
			.contains("[contact](/fr/contact) \\[sic\\].")
			.contains("https://vimeo.com/12345")
			.doesNotContain("paragraphe, sur");
		assertThat(converted.notes()).isEmpty();
	}

	@Test
	void galleriesCaptionsAndEmbedsAreHandledAndUnknownShortcodesReported() {
		WordPressText.Converted converted = this.text.toMarkdown(1,
				"""
						[gallery ids="5,6"]

						[gallery]

						[caption id="attachment_5" width="300" caption="Légende"]<img src="https://old.example/wp-content/uploads/a.jpg" alt="A">[/caption]

						[embed]https://www.youtube.com/watch?v=xyz[/embed]

						<iframe src="https://www.youtube-nocookie.com/embed/abc?rel=0"></iframe>

						[newsletter_signup list="3"]
						""",
				this.addresses);

		assertThat(converted.markdown()).contains("![Cinq](/media/five.jpg)")
			.contains("![Jointe](/media/attached.jpg)")
			.contains("![A](/media/a.jpg)")
			.contains("*Légende*")
			.contains("https://www.youtube.com/watch?v=xyz")
			.contains("https://www.youtube.com/watch?v=abc")
			.doesNotContain("[gallery", "[caption", "iframe", "newsletter");
		assertThat(converted.notes()).contains(Note.of("import.note.galleryPictureMissing", "6"),
				Note.of("import.note.shortcodeRemoved", "newsletter_signup"),
				Note.of("import.note.embedLinked", "https://www.youtube.com/watch?v=abc"));
	}

}
