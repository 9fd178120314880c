package be.mmmbelgium.site.account;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyUnitTest {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void elevenCharactersAreTooFewAndTwelveAreEnough() {
		assertThat(this.policy.problem("jardin-fleur", "ana@example.org")).isEmpty();
		assertThat(this.policy.problem("jardinfleur", "ana@example.org")).contains("password.tooShort");
		assertThat(this.policy.problem(null, "ana@example.org")).contains("password.tooShort");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Motdepasse123", "AZERTYUIOP12", "123456789012", "aaaaaaaaaaaaaaa",
			"mmmbelgium2024", "Welkom123456", "ababababababab" })
	void commonPasswordsAreRefusedWhateverTheirCase(String password) {
		assertThat(this.policy.problem(password, "ana@example.org")).contains("password.common");
	}

	@Test
	void aPasswordMayNotRepeatTheEmail() {
		assertThat(this.policy.problem("marie.dupont-2026!", "marie.dupont@example.org"))
			.contains("password.containsEmail");
	}

	@Test
	void noCompositionRuleApplies() {
		assertThat(this.policy.problem("des mères qui comptent", "ana@example.org")).isEmpty();
		assertThat(this.policy.problem("éléphantrose", "ana@example.org")).isEmpty();
	}

	@Test
	void aLongPassphraseIsWelcomeAndHashes() {
		String passphrase = "les mères du monde entier méritent d’être entendues, aidées et reconnues chaque jour";
		assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

		assertThat(this.policy.problem(passphrase, "ana@example.org")).isEmpty();
		var encoder = new SecurityConfiguration().passwordEncoder();
		assertThat(encoder.matches(passphrase, encoder.encode(passphrase))).isTrue();
	}

	@Test
	void aVeryLongPasswordIsRefusedBeforeHashing() {
		assertThat(this.policy.problem("x".repeat(100) + "y".repeat(200), "ana@example.org"))
			.contains("password.tooLong");
	}

}
