package be.mmmbelgium.site.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * PDF documents made for the tests: ordinary ones, shaped as common producers write them,
 * and hostile ones, each hiding active content where a check that does not read the
 * document as a viewer does would miss it.
 */
public final class PdfCorpus {

	private PdfCorpus() {
	}

	// Ordinary documents

	/**
	 * A document with text, a picture, links to a web page and an e-mail address, and an
	 * outline, its objects packed in compressed object streams with a cross-reference
	 * stream, as recent versions of Word and Acrobat write them.
	 */
	public static byte[] withObjectStreams() {
		return save(PdfCorpus::ordinaryContent, CompressParameters.DEFAULT_COMPRESSION);
	}

	/**
	 * The same document with a classic cross-reference table and no object stream, as
	 * older producers write it.
	 */
	public static byte[] withClassicTable() {
		return save(PdfCorpus::ordinaryContent, CompressParameters.NO_COMPRESSION);
	}

	/** A fillable form: a text field with no action, as office suites export forms. */
	public static byte[] fillableForm() {
		return save((document) -> {
			PDPage page = page(document, "Formulaire d’adhésion");
			PDAcroForm form = new PDAcroForm(document);
			document.getDocumentCatalog().setAcroForm(form);
			PDTextField name = new PDTextField(form);
			name.setPartialName("nom");
			name.getWidgets().get(0).setRectangle(new PDRectangle(50, 600, 300, 20));
			name.getWidgets().get(0).setPage(page);
			page.getAnnotations().add(name.getWidgets().get(0));
			form.getFields().add(name);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	/**
	 * A document changed after it was made, its change appended as an incremental update,
	 * as editors do.
	 */
	public static byte[] incrementallyUpdated() {
		try (PDDocument document = Loader.loadPDF(withClassicTable())) {
			document.getDocumentInformation().setTitle("Statuts, version corrigée");
			document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A document protected by an owner password only: it opens without one, as many
	 * printed-to-PDF files do.
	 */
	public static byte[] restrictedButReadable() {
		return save((document) -> {
			ordinaryContent(document);
			protect(document, "");
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	// Hostile documents made with a PDF library

	public static byte[] javaScriptOpenAction() {
		return save((document) -> {
			page(document, "Bonjour");
			document.getDocumentCatalog().setOpenAction(javaScript());
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	public static byte[] javaScriptInTheNamesTree() {
		return save((document) -> {
			page(document, "Bonjour");
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("start", javaScript()));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setJavascript(scripts);
			document.getDocumentCatalog().setNames(names);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	public static byte[] javaScriptWhenAPageOpens() {
		return save((document) -> {
			PDPage page = page(document, "Bonjour");
			PDPageAdditionalActions actions = new PDPageAdditionalActions();
			actions.setO(javaScript());
			page.setActions(actions);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	public static byte[] javaScriptInALink() {
		return save((document) -> {
			PDPage page = page(document, "Cliquez ici");
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 700, 200, 20));
			link.setAction(javaScript());
			page.getAnnotations().add(link);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	public static byte[] javaScriptInAFormField() {
		return save((document) -> {
			PDPage page = page(document, "Formulaire");
			PDAcroForm form = new PDAcroForm(document);
			document.getDocumentCatalog().setAcroForm(form);
			PDTextField field = new PDTextField(form);
			field.setPartialName("montant");
			field.getWidgets().get(0).setRectangle(new PDRectangle(50, 600, 300, 20));
			field.getWidgets().get(0).setPage(page);
			page.getAnnotations().add(field.getWidgets().get(0));
			PDFormFieldAdditionalActions actions = new PDFormFieldAdditionalActions();
			actions.setK(javaScript());
			field.setActions(actions);
			form.getFields().add(field);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	public static byte[] launchAction() {
		return save((document) -> {
			page(document, "Bonjour");
			PDActionLaunch launch = new PDActionLaunch();
			launch.getCOSObject().setString(COSName.F, "cmd.exe");
			document.getDocumentCatalog().setOpenAction(launch);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	public static byte[] linkToAFile() {
		return save((document) -> {
			PDPage page = page(document, "Les statuts");
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 700, 200, 20));
			PDActionURI uri = new PDActionURI();
			uri.setURI("file:///etc/passwd");
			link.setAction(uri);
			page.getAnnotations().add(link);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	public static byte[] embeddedFile() {
		return save((document) -> {
			page(document, "Voir le fichier joint");
			PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(new byte[] { 'M', 'Z', 0, 0 }));
			PDComplexFileSpecification specification = new PDComplexFileSpecification();
			specification.setFile("programme.exe");
			specification.setEmbeddedFile(file);
			PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
			files.setNames(Map.of("programme.exe", specification));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(files);
			document.getDocumentCatalog().setNames(names);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	public static byte[] xfaForm() {
		return save((document) -> {
			page(document, "Formulaire");
			PDAcroForm form = new PDAcroForm(document);
			form.getCOSObject().setItem(COSName.getPDFName("XFA"), new COSString("<xdp:xdp/>"));
			document.getDocumentCatalog().setAcroForm(form);
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	/**
	 * A document that opens only with a password: nothing inside can be checked without
	 * it.
	 */
	public static byte[] openedWithAPassword() {
		return save((document) -> {
			ordinaryContent(document);
			protect(document, "secret");
		}, CompressParameters.DEFAULT_COMPRESSION);
	}

	// Hostile documents written byte by byte

	/**
	 * A JavaScript open action packed in a compressed object stream whose compressed
	 * length begins with 1 (/Length 1xx), which a check by patterns once took for a
	 * font's /Length1.
	 */
	public static byte[] scriptInAnObjectStreamOfLengthOneHundredAndSomething() {
		for (int padding = 0; padding < 400; padding++) {
			byte[] packed = deflate(javaScriptAction(padding));
			if (packed.length >= 100 && packed.length <= 199) {
				return RawPdf.withObjectStream(packed, "/Filter /FlateDecode");
			}
		}
		throw new IllegalStateException("No padding gave a length of 1xx");
	}

	/**
	 * The same script in an object stream whose dictionary also says /Length1, as a font
	 * does.
	 */
	public static byte[] scriptInAnObjectStreamThatSaysLength1() {
		return RawPdf.withObjectStream(deflate(javaScriptAction(0)), "/Filter /FlateDecode /Length1 1");
	}

	/**
	 * The same script in an object stream whose dictionary also says /Subtype /Image, as
	 * a picture does.
	 */
	public static byte[] scriptInAnObjectStreamThatSaysImage() {
		return RawPdf.withObjectStream(deflate(javaScriptAction(0)), "/Filter /FlateDecode /Subtype /Image");
	}

	/** The same script in an object stream written in hexadecimal. */
	public static byte[] scriptInAHexObjectStream() {
		byte[] hex = HexFormat.of().formatHex(javaScriptAction(0)).getBytes(StandardCharsets.US_ASCII);
		return RawPdf.withObjectStream(TestMedia.concat(hex, new byte[] { '>' }), "/Filter /ASCIIHexDecode");
	}

	/**
	 * An object stream that inflates to far more than any document holds: a decompression
	 * bomb.
	 */
	public static byte[] objectStreamBomb(int inflatedMegabytes) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] zeros = new byte[1 << 20];
		byte[] buffer = new byte[1 << 16];
		byte[] start = javaScriptAction(0);
		deflater.setInput(start);
		drain(deflater, buffer, out);
		for (int i = 0; i < inflatedMegabytes; i++) {
			deflater.setInput(zeros);
			drain(deflater, buffer, out);
		}
		deflater.finish();
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return RawPdf.withObjectStream(out.toByteArray(), "/Filter /FlateDecode");
	}

	private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
		while (!deflater.needsInput()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
	}

	/**
	 * The content of object stream 4: the number of the object it packs (5) and where it
	 * starts, then an action that runs a script, with incompressible padding to tune the
	 * stream's packed length.
	 */
	private static byte[] javaScriptAction(int padding) {
		byte[] noise = new byte[padding];
		new Random(padding).nextBytes(noise);
		StringBuilder comment = new StringBuilder();
		for (byte b : noise) {
			comment.append(String.format("%02x", b));
		}
		return ("5 0 << /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) /Padding (" + comment + ") >>")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] deflate(byte[] bytes) {
		Deflater deflater = new Deflater();
		deflater.setInput(bytes);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[4096];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	// Making documents

	/** What is written into a new document. */
	@FunctionalInterface
	private interface Content {

		void write(PDDocument document) throws IOException;

	}

	private static byte[] save(Content content, CompressParameters compression) {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setProducer("MMM Belgium tests");
			content.write(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, compression);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void ordinaryContent(PDDocument document) throws IOException {
		PDPage page = page(document, "Statuts de l’association");
		var picture = LosslessFactory.createFromImage(document,
				ImageIO.read(new ByteArrayInputStream(TestMedia.png(40, 30))));
		try (PDPageContentStream drawing = new PDPageContentStream(document, page,
				PDPageContentStream.AppendMode.APPEND, true)) {
			drawing.drawImage(picture, 50, 500);
		}
		page.getAnnotations().add(link("https://www.makemothersmatter.org/", 700));
		page.getAnnotations().add(link("mailto:contact@example.org", 670));
		PDDocumentOutline outline = new PDDocumentOutline();
		PDOutlineItem chapter = new PDOutlineItem();
		chapter.setTitle("Titre premier");
		chapter.setDestination(page);
		outline.addLast(chapter);
		document.getDocumentCatalog().setDocumentOutline(outline);
	}

	private static PDAnnotationLink link(String address, float y) {
		PDAnnotationLink link = new PDAnnotationLink();
		link.setRectangle(new PDRectangle(50, y, 200, 20));
		PDActionURI uri = new PDActionURI();
		uri.setURI(address);
		link.setAction(uri);
		return link;
	}

	private static PDPage page(PDDocument document, String line) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream text = new PDPageContentStream(document, page)) {
			text.beginText();
			text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
			text.newLineAtOffset(50, 780);
			text.showText(line.replace('’', '\''));
			text.endText();
		}
		return page;
	}

	private static PDActionJavaScript javaScript() {
		return new PDActionJavaScript("app.alert('1');");
	}

	private static void protect(PDDocument document, String userPassword) throws IOException {
		StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
				new AccessPermission());
		policy.setEncryptionKeyLength(128);
		document.protect(policy);
	}

	/** PDFs written byte by byte, for structures a PDF library would not write. */
	public static final class RawPdf {

		private RawPdf() {
		}

		/**
		 * A one-page document whose catalog opens with object 5, which is packed, alone,
		 * in object stream 4 with the given data and dictionary entries; a
		 * cross-reference stream lists every object, as PDF 1.5 requires for packed ones.
		 */
		static byte[] withObjectStream(byte[] streamData, String dictionaryEntries) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			List<Integer> offsets = new ArrayList<>();
			write(out, "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
			offsets.add(out.size());
			write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>\nendobj\n");
			offsets.add(out.size());
			write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
			offsets.add(out.size());
			write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
			offsets.add(out.size());
			write(out, "4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length " + streamData.length + " " + dictionaryEntries
					+ " >>\nstream\n");
			out.writeBytes(streamData);
			write(out, "\nendstream\nendobj\n");
			int xref = out.size();
			ByteArrayOutputStream entries = new ByteArrayOutputStream();
			entry(entries, 0, 0, 65535);
			for (int offset : offsets) {
				entry(entries, 1, offset, 0);
			}
			entry(entries, 2, 4, 0);
			entry(entries, 1, xref, 0);
			write(out, "6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length " + entries.size()
					+ " >>\nstream\n");
			out.writeBytes(entries.toByteArray());
			write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
			return out.toByteArray();
		}

		private static void entry(ByteArrayOutputStream out, int type, int field, int second) {
			out.write(type);
			out.write(field >>> 24);
			out.write(field >>> 16);
			out.write(field >>> 8);
			out.write(field);
			out.write(second >>> 8);
			out.write(second);
		}

		private static void write(ByteArrayOutputStream out, String text) {
			out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
		}

	}

}
