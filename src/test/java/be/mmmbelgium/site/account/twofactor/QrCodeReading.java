package be.mmmbelgium.site.account.twofactor;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code from the SVG the site draws, as a phone's camera would read the
 * picture: the squares of the drawing become pixels, and a QR reader decodes them.
 */
final class QrCodeReading {

	private static final int SCALE = 4;

	private QrCodeReading() {
	}

	static String read(String svg) throws Exception {
		Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		if (!box.find()) {
			throw new IllegalArgumentException("No viewBox");
		}
		int width = Integer.parseInt(box.group(1));
		int height = Integer.parseInt(box.group(2));
		int[] pixels = new int[width * SCALE * height * SCALE];
		Arrays.fill(pixels, 0xFFFFFFFF);
		Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
		while (square.find()) {
			int x = Integer.parseInt(square.group(1));
			int y = Integer.parseInt(square.group(2));
			for (int dy = 0; dy < SCALE; dy++) {
				for (int dx = 0; dx < SCALE; dx++) {
					pixels[(y * SCALE + dy) * width * SCALE + x * SCALE + dx] = 0xFF000000;
				}
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(width * SCALE, height * SCALE, pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
	}

}
