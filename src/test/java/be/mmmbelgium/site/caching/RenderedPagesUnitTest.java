package be.mmmbelgium.site.caching;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept answers: found under their address and version only, body and headers counted
 * against the memory allowed, those asked for least given up first, none larger than a
 * quarter of it.
 */
class RenderedPagesUnitTest {

	static RenderedPages.Rendered answer(int bytes) {
		return new RenderedPages.Rendered(new byte[bytes], "text/html;charset=UTF-8", "fr", Map.of());
	}

	@Test
	void anAnswerIsFoundUnderItsAddressAndVersionOnly() {
		RenderedPages pages = new RenderedPages(1000);
		pages.keep("/fr/", "v1", answer(10));
		assertThat(pages.find("/fr/", "v1")).isNotNull();
		assertThat(pages.find("/fr/", "v2")).isNull();
		assertThat(pages.find("/nl/", "v1")).isNull();
	}

	@Test
	void answersMakeRoomForOthersWithinTheMemoryGiven() {
		RenderedPages pages = new RenderedPages(1000);
		List<String> addresses = IntStream.range(0, 20).mapToObj((i) -> "/" + i).toList();
		for (String address : addresses) {
			pages.keep(address, "v", answer(200));
			int kept = addresses.stream()
				.map((other) -> pages.find(other, "v"))
				.filter(Objects::nonNull)
				.mapToInt(RenderedPages.Rendered::size)
				.sum();
			assertThat(kept).as("bytes kept after " + address).isPositive().isLessThanOrEqualTo(1000);
		}
	}

	@Test
	void anAnswerAskedForOftenOutlivesAnswersAskedForOnce() {
		RenderedPages pages = new RenderedPages(1000);
		pages.keep("/fr/", "v", answer(200));
		for (int i = 0; i < 20; i++) {
			assertThat(pages.find("/fr/", "v")).as("asked for time " + i).isNotNull();
			pages.keep("/fr/actualites/" + i, "v", answer(200));
		}
		assertThat(pages.find("/fr/", "v")).isNotNull();
	}

	@Test
	void theSizeOfAnAnswerCountsItsBodyAndItsHeaders() {
		assertThat(
				new RenderedPages.Rendered(new byte[100], "text/html", "fr", Map.of("X-Robots-Tag", List.of("noindex")))
					.size())
			.isEqualTo(100 + "text/html".length() + "fr".length() + "X-Robots-Tag".length() + "noindex".length());
		assertThat(new RenderedPages.Rendered(new byte[100], "application/xml", null, Map.of()).size())
			.isEqualTo(100 + "application/xml".length());
	}

	@Test
	void anAnswerOverAQuarterOfTheMemoryIsNotKept() {
		RenderedPages pages = new RenderedPages(1000);
		int headers = answer(0).size();
		pages.keep("/sitemap-fr-1.xml", "v", answer(251 - headers));
		assertThat(pages.find("/sitemap-fr-1.xml", "v")).isNull();
		pages.keep("/sitemap-fr-1.xml", "v", answer(250 - headers));
		assertThat(pages.find("/sitemap-fr-1.xml", "v")).isNotNull();
		assertThat(new RenderedPages(0).find("/", "v")).isNull();
	}

}
