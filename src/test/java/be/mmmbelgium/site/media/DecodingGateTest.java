package be.mmmbelgium.site.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Decodes run at most as many at once as the gate lets through; an upload whose turn does
 * not come in time is refused with a message, and the gate is free again after each
 * decode, whether it succeeded or not.
 */
class DecodingGateTest {

	@Test
	void anUploadWhoseTurnDoesNotComeInTimeIsRefusedWithAMessage() throws Exception {
		DecodingGate gate = new DecodingGate(1, Duration.ofMillis(200));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
			try {
				return gate.pass(() -> {
					inside.countDown();
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return "decoded";
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

		assertThatExceptionOfType(UploadRefusedException.class).isThrownBy(() -> gate.pass(() -> "second"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("media.refused.busy"));

		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("decoded");
		assertThat(gate.pass(() -> "third")).as("free again").isEqualTo("third");
	}

	@Test
	void theGateIsFreeAgainAfterADecodeThatFailed() throws Exception {
		DecodingGate gate = new DecodingGate(1, Duration.ofMillis(200));
		assertThatExceptionOfType(UploadRefusedException.class).isThrownBy(() -> gate.pass(() -> {
			throw new UploadRefusedException("damaged");
		}));

		assertThat(gate.pass(() -> "next")).isEqualTo("next");
	}

	@Test
	void aSmallHeapDecodesOneAtATime() {
		assertThat(DecodingGate.forThisMachine(Long.MAX_VALUE / 4).size()).isEqualTo(1);
		assertThat(DecodingGate.forThisMachine(1).size()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

}
