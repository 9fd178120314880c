package be.mmmbelgium.site.outage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.admin.KeptForms;

/**
 * The back-office's answer while the database is away: a 503 that says so and, for a form
 * that was sent, gives back everything typed in it, in a form that sends it again. Files
 * sent with it must be chosen again.
 */
final class GivenBack {

	static final String VIEW = "admin/unavailable";

	private GivenBack() {
	}

	/** The page for a request that could not reach the database. */
	static ModelAndView page(HttpServletRequest request) {
		List<Field> fields = new ArrayList<>();
		if (HttpMethod.POST.matches(request.getMethod())) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (!parameter.getKey().equals("_csrf") && !parameter.getKey().equals(KeptForms.GIVEN_BACK)) {
					for (String value : parameter.getValue()) {
						fields.add(new Field(parameter.getKey(), value));
					}
				}
			}
		}
		return new ModelAndView(VIEW, HttpStatus.SERVICE_UNAVAILABLE).addObject("fields", fields)
			.addObject("action", request.getRequestURI());
	}

	/**
	 * A field of the form that could not be saved.
	 *
	 * @param name the field's name in the form
	 * @param value what was typed in it
	 */
	record Field(String name, String value) {
	}

}
