package be.mmmbelgium.site.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.mmmbelgium.site.test.PdfCorpus;
import be.mmmbelgium.site.test.TestMedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * PDFs read by a real parser before they are published: ordinary documents, as common
 * producers write them, pass; documents with active content are refused wherever it
 * hides, the ways round the former pattern-based check included.
 */
class PdfDocumentTest {

	@TempDir
	Path directory;

	static Stream<Arguments> ordinaryDocuments() {
		return Stream.of(
				Arguments.of("object streams and a cross-reference stream", supplier(PdfCorpus::withObjectStreams)),
				Arguments.of("a classic cross-reference table", supplier(PdfCorpus::withClassicTable)),
				Arguments.of("a fillable form", supplier(PdfCorpus::fillableForm)),
				Arguments.of("an incremental update", supplier(PdfCorpus::incrementallyUpdated)),
				Arguments.of("an owner password only", supplier(PdfCorpus::restrictedButReadable)));
	}

	@ParameterizedTest(name = "a document with {0} is accepted")
	@MethodSource("ordinaryDocuments")
	void ordinaryDocumentsAreAccepted(String shape, Supplier<byte[]> document) throws IOException {
		Path file = write(document.get());

		assertThatNoException().as(shape).isThrownBy(() -> PdfDocument.check(file));
	}

	static Stream<Arguments> activeDocuments() {
		return Stream.of(Arguments.of("a JavaScript open action", supplier(PdfCorpus::javaScriptOpenAction)),
				Arguments.of("JavaScript in the names tree", supplier(PdfCorpus::javaScriptInTheNamesTree)),
				Arguments.of("JavaScript when a page opens", supplier(PdfCorpus::javaScriptWhenAPageOpens)),
				Arguments.of("JavaScript in a link", supplier(PdfCorpus::javaScriptInALink)),
				Arguments.of("JavaScript in a form field", supplier(PdfCorpus::javaScriptInAFormField)),
				Arguments.of("a launch action", supplier(PdfCorpus::launchAction)),
				Arguments.of("a link to a file", supplier(PdfCorpus::linkToAFile)),
				Arguments.of("an embedded file", supplier(PdfCorpus::embeddedFile)),
				Arguments.of("an XFA form", supplier(PdfCorpus::xfaForm)),
				Arguments.of("a script in an object stream of /Length 1xx",
						supplier(PdfCorpus::scriptInAnObjectStreamOfLengthOneHundredAndSomething)),
				Arguments.of("a script in an object stream saying /Length1",
						supplier(PdfCorpus::scriptInAnObjectStreamThatSaysLength1)),
				Arguments.of("a script in an object stream saying /Subtype /Image",
						supplier(PdfCorpus::scriptInAnObjectStreamThatSaysImage)),
				Arguments.of("a script in a hexadecimal object stream", supplier(PdfCorpus::scriptInAHexObjectStream)));
	}

	@ParameterizedTest(name = "a document with {0} is refused")
	@MethodSource("activeDocuments")
	void documentsWithActiveContentAreRefused(String shape, Supplier<byte[]> document) throws IOException {
		assertThat(refusal(document.get())).as(shape).isEqualTo("activeContent");
	}

	@Test
	void theObjectStreamOfLength1xxReallyHasSuchALength() {
		String text = new String(PdfCorpus.scriptInAnObjectStreamOfLengthOneHundredAndSomething(),
				StandardCharsets.ISO_8859_1);

		assertThat(text).containsPattern("/ObjStm /N 1 /First 4 /Length 1\\d\\d ");
	}

	@Test
	void aDocumentThatOpensOnlyWithAPasswordIsRefused() throws IOException {
		assertThat(refusal(PdfCorpus.openedWithAPassword())).isEqualTo("encrypted");
	}

	@Test
	void anObjectStreamThatInflatesBeyondAnyDocumentIsRefused() throws IOException {
		byte[] bomb = PdfCorpus.objectStreamBomb(64);
		assertThat(bomb.length).as("a small file").isLessThan(200_000);

		assertThat(refusal(bomb)).isEqualTo("pdfInflated");
	}

	@Test
	void aDocumentCutOffOrFollowedByOtherDataIsRefused() throws IOException {
		byte[] whole = PdfCorpus.withClassicTable();

		assertThat(refusal(Arrays.copyOf(whole, whole.length - 8))).isEqualTo("truncated");
		assertThat(refusal(TestMedia.concat(whole, "<html>".getBytes()))).isEqualTo("extraData");
	}

	@Test
	void aFileThatIsNoPdfInsideIsRefusedAsDamaged() throws IOException {
		assertThat(refusal("%PDF-1.7\nnothing here\n%%EOF\n".getBytes())).isEqualTo("damaged");
	}

	private String refusal(byte[] document) throws IOException {
		Path file = write(document);
		UploadRefusedException refused = catchThrowableOfType(UploadRefusedException.class,
				() -> PdfDocument.check(file));
		assertThat(refused).as("refused").isNotNull();
		return refused.messageKey().substring("media.refused.".length());
	}

	private Path write(byte[] document) throws IOException {
		return Files.write(Files.createTempFile(this.directory, "document-", ".pdf"), document);
	}

	private static Supplier<byte[]> supplier(Supplier<byte[]> document) {
		return document;
	}

}
