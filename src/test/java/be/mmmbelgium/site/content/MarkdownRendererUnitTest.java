package be.mmmbelgium.site.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a volunteer types in Markdown never reaches a page unsanitised.
 */
class MarkdownRendererUnitTest {

	final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersOrdinaryMarkdown() {
		MarkdownText text = this.renderer.render("## Titre\n\nUn *texte* avec un [lien](/fr/contact).\n\n- un\n- deux");

		assertThat(text.getMarkdown()).startsWith("## Titre");
		assertThat(text.getHtml()).contains("<h2>Titre</h2>", "<em>texte</em>", "<a href=\"/fr/contact\">lien</a>",
				"<li>un</li>");
	}

	@Test
	void escapesRawHtmlInsteadOfRunningIt() {
		String html = this.renderer.render("Bonjour <script>alert(1)</script> <img src=x onerror=alert(2)>").getHtml();

		assertThat(html).doesNotContain("<script", "<img");
		assertThat(html).contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
	}

	@Test
	void dropsJavascriptAndDataLinks() {
		String html = this.renderer
			.render("[clic](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x)")
			.getHtml();

		assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("data:text", "vbscript:");
	}

	@Test
	void keepsImagesOfTheSiteAndDropsImagesFromOtherHosts() {
		String html = this.renderer
			.render("![ici](/media/2022/04/photo.jpg) ![ailleurs](https://tracker.example/p.gif)")
			.getHtml();

		assertThat(html).contains("src=\"/media/2022/04/photo.jpg\"").doesNotContain("tracker.example");
	}

	@Test
	void marksLinksToOtherSitesSoTheyLearnNothingFromTheVisit() {
		String html = this.renderer.render("[ONU](https://www.un.org/)").getHtml();

		assertThat(html).contains("href=\"https://www.un.org/\"", "rel=\"noopener noreferrer\"");
	}

	@Test
	void aPathThatBrowsersWouldReadAsAnotherHostIsNotASitePath() {
		String html = this.renderer.render("![x](/&#9;/evil.example/a.png) [lien](</\t/evil.example>)").getHtml();

		assertThat(html).doesNotContain("evil.example/a.png\"", "<img");
		assertThat(html).doesNotContain("href=\"/\t/evil.example\"");
	}

	@Test
	void aLinkWhoseAddressWasUnsafeKeepsOnlyItsText() {
		String html = this.renderer.render("Voir [ceci](javascript:alert(1)) ici.").getHtml();

		assertThat(html.strip()).isEqualTo("<p>Voir ceci ici.</p>");
	}

	@Test
	void theTitleOfThePageStaysItsOnlyMainHeading() {
		String html = this.renderer.render("# Un grand titre\n\nDu texte.").getHtml();

		assertThat(html).contains("<h2>Un grand titre</h2>").doesNotContain("<h1");
	}

	@Test
	void anEmptyTextRendersToNothing() {
		assertThat(this.renderer.render("   ").isEmpty()).isTrue();
		assertThat(this.renderer.render(null).getHtml()).isEmpty();
	}

}
