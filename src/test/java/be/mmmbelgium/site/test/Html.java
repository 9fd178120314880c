package be.mmmbelgium.site.test;

import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the pages the site renders, so tests check their structure rather than their
 * formatting.
 */
public final class Html {

	private Html() {
	}

	/** The page at {@code path}, which must answer 200. */
	public static Document get(MockMvcTester mvc, String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		return parse(result);
	}

	public static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The {@code hreflang} alternates of a page, in document order. */
	public static Map<String, String> alternates(Document page) {
		Map<String, String> alternates = new LinkedHashMap<>();
		for (Element link : page.select("head link[rel=alternate][hreflang]")) {
			alternates.put(link.attr("hreflang"), link.attr("href"));
		}
		return alternates;
	}

	/** Where the language switcher leads, language by language. */
	public static Map<String, String> switcher(Document page) {
		Map<String, String> targets = new LinkedHashMap<>();
		for (Element link : page.select(".language-switcher a")) {
			targets.put(link.attr("hreflang"), link.attr("href"));
		}
		return targets;
	}

}
