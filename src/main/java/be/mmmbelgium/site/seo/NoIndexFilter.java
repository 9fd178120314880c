package be.mmmbelgium.site.seo;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a staging copy ({@code mmm.indexing.enabled=false}), tells search engines on every
 * answer not to index it, so that its pages never compete with the real site's.
 */
@Component
@ConditionalOnProperty(name = "mmm.indexing.enabled", havingValue = "false")
// Ahead of the filters that may answer without going further, such as kept answers.
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoIndexFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		chain.doFilter(request, response);
	}

}
