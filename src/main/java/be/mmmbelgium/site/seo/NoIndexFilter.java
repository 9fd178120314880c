package be.mmmbelgium.site.seo;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a staging copy ({@code mmm.indexing.enabled=false}), tells search engines on every
 * answer not to index it, so that its pages never compete with the real site's.
 */
@Component
@ConditionalOnProperty(name = "mmm.indexing.enabled", havingValue = "false")
class NoIndexFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		chain.doFilter(request, response);
	}

}
