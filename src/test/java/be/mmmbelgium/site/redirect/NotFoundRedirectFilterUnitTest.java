package be.mmmbelgium.site.redirect;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import be.mmmbelgium.site.web.MovedAddresses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table is asked when, and only when, a 404 or a 410 is about to be sent.
 */
class NotFoundRedirectFilterUnitTest {

	final AtomicInteger lookups = new AtomicInteger();

	/**
	 * Sends {@code /ancienne-page} to {@code /fr/nouvelle-page}, and counts how often it
	 * is asked.
	 */
	final MovedAddresses table = (request) -> {
		this.lookups.incrementAndGet();
		return request.getRequestURI().equals("/ancienne-page") ? Optional.of("/fr/nouvelle-page") : Optional.empty();
	};

	final NotFoundRedirectFilter filter = new NotFoundRedirectFilter(
			new StaticListableBeanFactory(Map.of("table", this.table)).getBeanProvider(MovedAddresses.class));

	@Test
	void aPageTheSiteAnswersNeverAsksTheTable() throws Exception {
		MockHttpServletResponse response = run("/ancienne-page", (request, answer) -> {
			((HttpServletResponse) answer).setStatus(200);
			answer.getWriter().write("La page");
		});

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("La page");
		assertThat(this.lookups).hasValue(0);
	}

	@Test
	void aNotFoundAddressThatWasSentElsewhereMovesThere() throws Exception {
		MockHttpServletResponse response = run("/ancienne-page", sendError(404));

		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getHeader("Location")).isEqualTo("/fr/nouvelle-page");
		assertThat(response.isCommitted()).isFalse();
	}

	@Test
	void aGoneAddressThatWasSentElsewhereMovesThereToo() throws Exception {
		MockHttpServletResponse response = run("/ancienne-page",
				(request, answer) -> ((HttpServletResponse) answer).sendError(410, "Gone"));

		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getHeader("Location")).isEqualTo("/fr/nouvelle-page");
	}

	@Test
	void aNotFoundAddressNobodySentAnywhereStaysNotFound() throws Exception {
		MockHttpServletResponse response = run("/inconnue", sendError(404));

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getHeader("Location")).isNull();
		assertThat(this.lookups).hasValue(1);
	}

	@Test
	void otherErrorsNeverAskTheTable() throws Exception {
		for (int status : new int[] { 400, 403, 405, 500 }) {
			assertThat(run("/ancienne-page", sendError(status)).getStatus()).isEqualTo(status);
		}
		assertThat(this.lookups).hasValue(0);
	}

	private static FilterChain sendError(int status) {
		return (request, response) -> ((HttpServletResponse) response).sendError(status);
	}

	private MockHttpServletResponse run(String path, FilterChain chain) throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

}
