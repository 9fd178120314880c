package be.mmmbelgium.site.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.media.MediaUploads;
import be.mmmbelgium.site.test.PdfCorpus;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Files made to exhaust the site or to carry something past its checks, sent through the
 * media library's form: image bombs of every accepted format (a few hundred kilobytes
 * that claim tens of millions of pixels), pictures too long for any encoder, and PDFs
 * with active content where a check by patterns would not look. Each is answered: kept
 * within bounded memory, or refused with a message; never an error page.
 */
@SiteIntegrationTest
class HostileUploadsIntegrationTest extends HostileSiteTests {

	@Autowired
	MediaLibrary library;

	@Test
	void aPngBombIsDecodedAtAFractionOfItsSizeAndKept() {
		byte[] bomb = TestMedia.pngBomb(5999, 10001);
		assertThat(bomb.length).as("a small file").isLessThan(400_000);

		MvcTestResult answer = upload("grand.png", bomb);

		assertThat(answer).hasStatus3xxRedirection().flash().containsEntry("message", "media.uploaded");
		MediaFile kept = kept(answer);
		assertThat(kept.getWidth()).isEqualTo(3000);
		assertThat(kept.getHeight()).isEqualTo(5001);
	}

	@Test
	void imageBombsOfEveryFormatAreAnsweredWithARefusalOrKept() {
		Map<String, Supplier<byte[]>> bombs = new LinkedHashMap<>();
		bombs.put("tall.png", () -> TestMedia.pngBomb(1, 70_000));
		bombs.put("wide.png", () -> TestMedia.pngBomb(31_000, 10));
		bombs.put("huge.png", () -> TestMedia.pngBomb(8000, 8000));
		bombs.put("huge.jpg", () -> TestMedia.jpegClaiming(9000, 9000));
		bombs.put("huge.gif", () -> TestMedia.gifClaiming(9000, 9000));
		bombs.put("huge.webp", () -> TestMedia.webpClaiming(9000, 9000));
		bombs.put("large.webp", () -> TestMedia.webpClaiming(5000, 4000));
		Map<String, String> expected = Map.of("tall.png", "media.refused.tooLong", "wide.png", "media.refused.tooLong",
				"huge.png", "media.refused.tooManyPixels", "huge.jpg", "media.refused.tooManyPixels", "huge.gif",
				"media.refused.tooManyPixels", "huge.webp", "media.refused.tooManyPixels", "large.webp",
				"media.refused.tooManyPixels");

		bombs.forEach(
				(name, bomb) -> assertThat(refusal(upload(name, bomb.get()))).as(name).isEqualTo(expected.get(name)));
	}

	@Test
	void picturesThatClaimMoreThanTheyHoldAreKeptWithinBoundsOrRefused() {
		for (byte[] claim : List.of(TestMedia.jpegClaiming(7000, 8000), TestMedia.gifClaiming(7000, 8000),
				TestMedia.webpClaiming(3000, 3000))) {
			MvcTestResult answer = upload("claim", claim);
			assertThat(answer).hasStatus3xxRedirection();
			String refusal = answer.getMvcResult().getFlashMap().containsKey("refusals") ? refusal(answer) : "kept";
			assertThat(refusal).isIn("kept", "media.refused.damaged", "media.refused.truncated");
		}
	}

	@Test
	void pdfsWithActiveContentWhereAPatternWouldNotLookAreRefused() {
		Map<String, Supplier<byte[]>> documents = new LinkedHashMap<>();
		documents.put("length1xx.pdf", PdfCorpus::scriptInAnObjectStreamOfLengthOneHundredAndSomething);
		documents.put("length1.pdf", PdfCorpus::scriptInAnObjectStreamThatSaysLength1);
		documents.put("image.pdf", PdfCorpus::scriptInAnObjectStreamThatSaysImage);
		documents.put("attachment.pdf", PdfCorpus::embeddedFile);
		documents.put("file-link.pdf", PdfCorpus::linkToAFile);
		documents.put("xfa.pdf", PdfCorpus::xfaForm);
		documents.put("form-script.pdf", PdfCorpus::javaScriptInAFormField);

		documents.forEach((name, document) -> assertThat(refusal(upload(name, document.get()))).as(name)
			.isEqualTo("media.refused.activeContent"));
		assertThat(refusal(upload("bomb.pdf", PdfCorpus.objectStreamBomb(64)))).isEqualTo("media.refused.pdfInflated");
		assertThat(upload("statuts.pdf", PdfCorpus.withObjectStreams())).flash()
			.containsEntry("message", "media.uploaded");
	}

	@Test
	void aNameThatWouldReadBackwardsIsShownWithoutItsDirectionControls() {
		MvcTestResult answer = upload("photo\u202Egnp.exe\u202C.png", TestMedia.png(20, 20));

		MediaFile kept = kept(answer);
		assertThat(kept.getOriginalFilename()).isEqualTo("photognp.exe.png").doesNotContain("\u202E");
	}

	/** The file an upload opened the page of. */
	private MediaFile kept(MvcTestResult answer) {
		assertThat(answer).hasStatus3xxRedirection();
		return this.library
			.get(Long.parseLong(answer.getResponse().getRedirectedUrl().substring("/admin/media/".length())));
	}

	private MvcTestResult upload(String name, byte[] content) {
		return this.mvc.perform(MockMvcRequestBuilders.multipart("/admin/media")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(user(this.site.admin))
			.with(csrf()));
	}

	@SuppressWarnings("unchecked")
	private static String refusal(MvcTestResult answer) {
		assertThat(answer).hasStatus3xxRedirection();
		List<MediaUploads.Refusal> refusals = (List<MediaUploads.Refusal>) answer.getMvcResult()
			.getFlashMap()
			.get("refusals");
		assertThat(refusals).as("refused with a message").hasSize(1);
		return refusals.get(0).messageKey();
	}

}
