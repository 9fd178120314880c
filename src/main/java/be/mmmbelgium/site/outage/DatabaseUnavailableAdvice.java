package be.mmmbelgium.site.outage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.web.DatabaseUnavailable;

/**
 * When the database cannot be reached while a back-office page is at work, the page says
 * so and gives back what was typed ({@link GivenBack}): nothing is lost while the
 * database is away. When it cannot even be reached to read the session, before any page
 * is at work, {@link DatabaseOutageFilter} answers the same.
 */
@ControllerAdvice(annotations = AdminPages.class)
class DatabaseUnavailableAdvice {

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
		return GivenBack.page(request);
	}

}
