package be.mmmbelgium.site.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text pasted from a word processor or a web page becomes Markdown: its structure kept,
 * its presentation and anything active left behind.
 */
class PastedHtmlUnitTest {

	final PastedHtml pasted = new PastedHtml();

	final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void aWordDocumentKeepsItsHeadingsListsLinksAndEmphasis() {
		String word = """
				<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
				<body lang=FR-BE><!--StartFragment--><h1 class=MsoTitle>Le congé de maternité</h1>
				<p class=MsoNormal style='mso-margin-top-alt:auto'>Une <b>mère</b> sur <i>trois</i><o:p></o:p></p>
				<ul style='margin-top:0cm'><li class=MsoListParagraph>le temps</li><li class=MsoListParagraph>l’argent</li></ul>
				<p class=MsoNormal>Le <b>soir</b>, <a href="https://makemothersmatter.org/">Make Mothers Matter</a></p>
				<!--EndFragment--></body></html>""";

		String markdown = this.pasted.toMarkdown(word);

		assertThat(markdown)
			.contains("# Le congé de maternité", "Une **mère** sur *trois*", "* le temps", "* l’argent",
					"Le **soir**, [Make Mothers Matter](https://makemothersmatter.org/)")
			.doesNotContain("<", "Mso", "mso-", "style");
	}

	@Test
	void aLineBreakWithinAParagraphStaysABreakNotANewParagraph() {
		String address = "<p>Make Mothers Matter Belgium<br>Rue de la Loi 1<br>1000 Bruxelles</p><p>Merci.</p>";

		assertThat(this.pasted.toMarkdown(address))
			.isEqualTo("Make Mothers Matter Belgium  \nRue de la Loi 1  \n1000 Bruxelles\n\nMerci.");
	}

	@Test
	void googleDocsBoldAndItalicSpansBecomeEmphasis() {
		String docs = "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1a2b\">"
				+ "<p dir=\"ltr\"><span style=\"font-weight:700;\">Important</span> et "
				+ "<span style=\"font-style:italic;\">nuancé</span></p></b>";

		assertThat(this.pasted.toMarkdown(docs)).isEqualTo("**Important** et *nuancé*");
	}

	@Test
	void aTableAndAQuoteFromAWebPageSurvive() {
		String page = "<blockquote><p>Les mères comptent.</p></blockquote>"
				+ "<table><thead><tr><th>Pays</th><th>Semaines</th></tr></thead>"
				+ "<tbody><tr><td>Belgique</td><td>15</td></tr></tbody></table>";

		String markdown = this.pasted.toMarkdown(page);

		assertThat(markdown).contains("> Les mères comptent.", "Pays", "| Belgique");
		assertThat(this.renderer.render(markdown).getHtml()).contains("<blockquote>", "<table>", "<td>Belgique</td>");
	}

	@Test
	void scriptsStylesAndActiveLinksAreLeftBehind() {
		String hostile = "<p onclick=\"alert(1)\">Texte<script>alert(2)</script><style>p{}</style>"
				+ " <a href=\"javascript:alert(3)\">lien</a> <img src=\"https://tracker.example/p.gif\"></p>"
				+ "<iframe src=\"https://video.example/\"></iframe>";

		String markdown = this.pasted.toMarkdown(hostile);

		assertThat(markdown).contains("Texte", "lien").doesNotContain("alert", "javascript", "tracker", "iframe", "<");
	}

	@Test
	void nothingPastedGivesNothing() {
		assertThat(this.pasted.toMarkdown("")).isEmpty();
		assertThat(this.pasted.toMarkdown(null)).isEmpty();
	}

}
