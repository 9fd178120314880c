package be.mmmbelgium.site.feed;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextUnitTest {

	@Test
	void markupCharactersAreEscaped() {
		assertThat(XmlText.escape("<a href=\"x\">Tom & Jerry's</a>"))
			.isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
	}

	@Test
	void textWithNothingToEscapeIsReturnedAsItIs() {
		String text = "https://mmmbelgium.be/fr/actualites/une-mère-presque-parfaite";

		assertThat(XmlText.escape(text)).isSameAs(text);
	}

	@Test
	void charactersXmlForbidsAreLeftOutAndOthersKept() {
		String emoji = "\uD83D\uDE00";

		assertThat(XmlText.escape("a\u0000b\u0008c\td\ne\uFFFEf" + emoji + "g\uD800h\uDC00i"))
			.isEqualTo("abc\td\nef" + emoji + "ghi");
		assertThat(XmlText.escape("mère & fille \uD83D")).isEqualTo("mère &amp; fille ");
	}

	@Test
	void instantsAreWrittenInUtcToTheSecond() {
		assertThat(XmlText.instant(Instant.parse("2026-11-27T14:00:00.123456Z"))).isEqualTo("2026-11-27T14:00:00Z");
		assertThat(XmlText.rfc822(Instant.parse("2026-11-27T14:00:00Z"))).isEqualTo("Fri, 27 Nov 2026 14:00:00 GMT");
	}

}
