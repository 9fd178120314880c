package be.mmmbelgium.site.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageNumberUnitTest {

	final PageNumber.FromString converter = new PageNumber.FromString();

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-1", "0", "99999999999", "1.5", "", " ", "1e3", "+2", "２" })
	void anythingButAPageNumberIsRefused(String input) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.convert(input));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "2", " 7 ", "100000" })
	void aPageNumberIsAccepted(String input) {
		assertThat(this.converter.convert(input).value()).isEqualTo(Integer.parseInt(input.trim()));
	}

}
