package be.mmmbelgium.site.account.twofactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codes match the test vectors of RFC 6238 (SHA-1), cut to the six digits apps show.
 */
class TotpUnitTest {

	static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void codesMatchTheVectorsOfTheStandard(long epochSecond, String code) {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSecond)))).isEqualTo(code);
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndNeverTwice() {
		Instant now = Instant.ofEpochSecond(1234567890);
		long step = Totp.step(now);
		String previous = Totp.code(RFC_SECRET, step - 1);

		assertThat(Totp.verify(RFC_SECRET, previous, now, null)).hasValue(step - 1);
		assertThat(Totp.verify(RFC_SECRET, previous, now, step - 1)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, null)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, "12345", now, null)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, null, now, null)).isEmpty();
	}

	@Test
	void secretsRoundTripThroughBase32() {
		String secret = Totp.newSecret();

		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
	}

	@Test
	void theAddressNamesTheSiteAndTheAccount() {
		assertThat(Totp.uri("MMM Belgium", "ana@example.org", "ABC"))
			.isEqualTo("otpauth://totp/MMM%20Belgium:ana%40example.org?secret=ABC&issuer=MMM%20Belgium"
					+ "&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void theQrCodeIsDrawnAsSvgWithoutAnyExternalReference() {
		String svg = QrCode.svg(Totp.uri("MMM Belgium", "ana@example.org", RFC_SECRET));

		assertThat(svg).startsWith("<svg").contains("<path").doesNotContain("href", "http://www.w3.org/1999/xlink");
	}

	@Test
	void theQrCodeDrawnReadsBackAsTheAddressOfTheSecret() throws Exception {
		String uri = Totp.uri("MMM Belgium", "ana@example.org", RFC_SECRET);
		String svg = QrCode.svg(uri);

		assertThat(QrCodeReading.read(svg)).isEqualTo(uri);
	}

}
