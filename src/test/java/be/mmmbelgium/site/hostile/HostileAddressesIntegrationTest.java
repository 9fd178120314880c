package be.mmmbelgium.site.hostile;

import java.beans.PropertyDescriptor;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.hostile.HostileInputs.Hostile;
import be.mmmbelgium.site.test.SiteIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET route of the site, public and back-office, read from the application's own
 * request mappings, with every hostile input in each of its path segments and each of its
 * query parameters (those the handler declares, and the fields of the form it shows): the
 * answer is never a 5xx, and what it shows of the input is text, never markup. (An
 * address of a megabyte is refused by the server before the application, see
 * {@link MalformedRequestsIntegrationTest}.)
 */
@SiteIntegrationTest
class HostileAddressesIntegrationTest extends HostileSiteTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z]+)(:[^}]*)?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyPathSegmentOfEveryGetRouteTakesEveryHostileInput() {
		Map<String, HandlerMethod> routes = getRoutes();
		assertThat(routes).as("GET routes")
			.containsKeys("/{lang:fr|nl|en}/{slug}", "/media/{*key}", "/admin/news/{id}",
					"/sitemap-{language}-{part}.xml", "/admin/password/{token}");

		for (String pattern : routes.keySet()) {
			Matcher variables = VARIABLE.matcher(pattern);
			while (variables.find()) {
				String template = this.site.fill(pattern.replace(variables.group(), "{hostile}"));
				for (Hostile hostile : HostileInputs.small()) {
					this.site.send(this.mvc, MockMvcRequestBuilders.get(template, hostile.value()), who(pattern),
							"GET " + pattern + " with " + variables.group(1) + " = " + hostile);
				}
			}
		}

		assertThat(this.site.failures()).as("hostile path segments mishandled").isEmpty();
	}

	@Test
	void everyQueryParameterOfEveryGetRouteTakesEveryHostileInput() {
		Map<String, HandlerMethod> routes = getRoutes();
		int parameters = 0;

		for (Map.Entry<String, HandlerMethod> route : routes.entrySet()) {
			String path = this.site.fill(route.getKey());
			for (String name : queryParameters(route.getValue())) {
				parameters++;
				for (Hostile hostile : HostileInputs.small()) {
					this.site.send(this.mvc, MockMvcRequestBuilders.get(path).param(name, hostile.value()),
							who(route.getKey()), "GET " + route.getKey() + "?" + name + "= " + hostile);
				}
			}
		}

		assertThat(parameters).as("query parameters found").isGreaterThan(20);
		assertThat(this.site.failures()).as("hostile query parameters mishandled").isEmpty();
	}

	@Test
	void encodedAndDoubleEncodedPathsLeadToTheirOneSpellingOrToNothing() throws Exception {
		for (String page : new String[] { "/fr/", "/fr/actualites", "/fr/actualites/" + HostileSite.POST_SLUG,
				"/fr/" + HostileSite.PAGE_SLUG, "/nl/nieuws" }) {
			String language = page.substring(1, 3);
			String rest = page.substring(3);
			String first = "%" + Integer.toHexString(language.charAt(0));
			Map<String, String> written = new LinkedHashMap<>();
			written.put("/" + first + language.substring(1) + rest, "encoded");
			written.put("/" + first.replace("%", "%25") + language.substring(1) + rest, "double-encoded");
			written.put("/" + language + "/" + rest, "doubled slash");
			written.put(page.replace("/" + language, "/" + language + "/.%2E/" + language), "dot segment");
			for (Map.Entry<String, String> spelling : written.entrySet()) {
				var answer = this.mvc.get()
					.uri(URI.create(spelling.getKey()))
					.header("Accept-Language", "en")
					.exchange();
				int status = answer.getResponse().getStatus();
				String as = spelling.getValue() + " " + spelling.getKey();
				assertThat(status).as(as).isIn(301, 400, 404);
				if (status == 301) {
					assertThat(answer.getResponse().getHeader("Location")).as(as).isEqualTo(page);
				}
			}
		}
	}

	@Test
	void randomQueryParametersOnPublicPagesAreAnsweredAsThePageItself() throws Exception {
		for (String page : new String[] { "/fr/", "/fr/actualites", "/fr/actualites/" + HostileSite.POST_SLUG,
				"/fr/recherche?q=mere" }) {
			String plain = this.mvc.get()
				.uri(URI.create(page))
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			for (Hostile hostile : HostileInputs.small()) {
				String query = (page.contains("?") ? "&" : "?") + "utm_" + Math.abs(hostile.name().hashCode()) + "="
						+ URLEncoder.encode(hostile.value(), StandardCharsets.UTF_8);
				var answer = this.mvc.get().uri(URI.create(page + query)).exchange();
				if (hostile.value().indexOf('\0') >= 0) {
					// A NUL character is refused wherever it comes (NulCharacterFilter).
					assertThat(answer.getResponse().getStatus()).as(page + query).isEqualTo(400);
					continue;
				}
				assertThat(answer.getResponse().getStatus()).as(page + query).isEqualTo(200);
				assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
					.as("the page, whatever a parameter it does not read says: " + page + query)
					.isEqualTo(plain);
			}
		}
	}

	/**
	 * The back-office is seen by an admin, who may see all of it; the rest by an
	 * anonymous visitor.
	 */
	private AccountPrincipal who(String pattern) {
		return pattern.startsWith("/admin") ? this.site.admin : null;
	}

	/**
	 * Every GET route, each under one of its patterns, with the handler that answers it.
	 */
	private Map<String, HandlerMethod> getRoutes() {
		Map<String, HandlerMethod> routes = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				for (String pattern : mapping.getKey().getPatternValues()) {
					routes.put(pattern, mapping.getValue());
				}
			}
		}
		routes.remove("/error");
		return routes;
	}

	/**
	 * The request parameters of a handler, and the properties of the form it binds, which
	 * a query may also set.
	 */
	private static Set<String> queryParameters(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
				names.add(name);
			}
			if (parameter.getParameterType().isRecord() && parameter.getParameterAnnotations().length == 0) {
				// A record bound from the query, such as the lists' filter.
				for (var component : parameter.getParameterType().getRecordComponents()) {
					names.add(component.getName());
				}
			}
			if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
					if (property.getWriteMethod() != null) {
						names.add(property.getName());
					}
				}
			}
		}
		return names;
	}

}
