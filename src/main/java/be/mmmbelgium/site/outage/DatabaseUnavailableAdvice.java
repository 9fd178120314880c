package be.mmmbelgium.site.outage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.web.DatabaseUnavailable;

/**
 * When the database cannot be reached, the back-office says so (503) and, for a form that
 * was sent, gives back everything that was typed in it, in a form that sends it again:
 * nothing is lost while the database is away. Files sent with it must be chosen again.
 */
@ControllerAdvice(annotations = AdminPages.class)
class DatabaseUnavailableAdvice {

	static final String VIEW = "admin/unavailable";

	private final DatabaseOutage outage;

	DatabaseUnavailableAdvice(DatabaseOutage outage) {
		this.outage = outage;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView unavailable(Exception failure, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!DatabaseUnavailable.isCause(failure)) {
			throw failure;
		}
		if (DatabaseUnavailable.isUnreachable(failure)) {
			this.outage.seen();
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
		List<Field> fields = new ArrayList<>();
		if (HttpMethod.POST.matches(request.getMethod())) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (!parameter.getKey().equals("_csrf")) {
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
