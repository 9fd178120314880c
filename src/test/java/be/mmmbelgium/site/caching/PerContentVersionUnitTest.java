package be.mmmbelgium.site.caching;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.mmmbelgium.site.test.Builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class PerContentVersionUnitTest {

	ContentVersion version = mock(ContentVersion.class);

	List<String> computed = new ArrayList<>();

	PerContentVersion<String, String> values = new PerContentVersion<>(this.version,
			Clock.fixed(Builders.NOW, ZoneOffset.UTC), (key) -> {
				this.computed.add(key);
				return key + " computed " + this.computed.size();
			});

	@Test
	void aValueIsComputedOnceWhileTheContentStaysTheSame() {
		given(this.version.at(any())).willReturn("W/\"1\"");

		assertThat(this.values.get("fr")).isEqualTo("fr computed 1");
		assertThat(this.values.get("fr")).isEqualTo("fr computed 1");
		assertThat(this.values.get("nl")).isEqualTo("nl computed 2");
		assertThat(this.computed).containsExactly("fr", "nl");
	}

	@Test
	void aChangeOfTheContentHasEveryValueComputedAgain() {
		given(this.version.at(any())).willReturn("W/\"1\"");
		this.values.get("fr");
		this.values.get("nl");

		given(this.version.at(any())).willReturn("W/\"2\"");

		assertThat(this.values.get("fr")).isEqualTo("fr computed 3");
		assertThat(this.values.get("fr")).isEqualTo("fr computed 3");
		assertThat(this.computed).containsExactly("fr", "nl", "fr");
	}

	@Test
	void aComputationThatFailsIsNotKept() {
		given(this.version.at(any())).willReturn("W/\"1\"");
		PerContentVersion<String, String> failingOnce = new PerContentVersion<>(this.version,
				Clock.fixed(Builders.NOW, ZoneOffset.UTC), (key) -> {
					this.computed.add(key);
					if (this.computed.size() == 1) {
						throw new IllegalStateException("database away");
					}
					return key + " read";
				});

		assertThatIllegalStateException().isThrownBy(() -> failingOnce.get("fr"));
		assertThat(failingOnce.get("fr")).isEqualTo("fr read");
	}

}
