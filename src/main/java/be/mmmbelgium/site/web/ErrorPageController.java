package be.mmmbelgium.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error as a page of the site, in the visitor's language, whatever the
 * client asked for: a person reads it, and a program only needs the status. No detail of
 * the failure is shown.
 */
@Controller
@PublicPages
class ErrorPageController implements ErrorController {

	static final String VIEW = "error";

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		if (DatabaseUnavailable.isCause(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			status = HttpStatus.SERVICE_UNAVAILABLE;
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
		}
		return new ModelAndView(VIEW, status).addObject("status", status.value()).addObject("kind", kindOf(status));
	}

	/**
	 * Which explanation the page gives: one of its own for the errors a visitor meets
	 * most.
	 */
	private static String kindOf(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST, NOT_FOUND, GONE, SERVICE_UNAVAILABLE -> String.valueOf(status.value());
			default -> status.is5xxServerError() ? "500" : "other";
		};
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		// Without an error status, someone asked for the error page itself: there is
		// nothing here.
		return (status != null && status.isError()) ? status : HttpStatus.NOT_FOUND;
	}

}
