package be.mmmbelgium.site.hostile;

import java.beans.PropertyDescriptor;
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
 * answer is never a 5xx, and what it shows of the input is text, never markup. (An address of
 * a megabyte is refused by the server before the application, see
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
		assertThat(routes).as("GET routes").containsKeys("/{lang:fr|nl|en}/{slug}", "/media/{*key}",
				"/admin/news/{id}", "/sitemap-{language}-{part}.xml", "/admin/password/{token}");

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

	/** The back-office is seen by an admin, who may see all of it; the rest by an anonymous visitor. */
	private AccountPrincipal who(String pattern) {
		return pattern.startsWith("/admin") ? this.site.admin : null;
	}

	/** Every GET route, each under one of its patterns, with the handler that answers it. */
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

	/** The request parameters of a handler, and the properties of the form it binds, which a query may also set. */
	private static Set<String> queryParameters(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
				names.add(name);
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
