package be.mmmbelgium.site.redirect;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.PublicPages;

/**
 * Answers 410 Gone rather than 404 for the address of content moved to the trash or
 * deleted, whichever public page looked it up: search engines and readers learn it is not
 * coming back.
 */
@ControllerAdvice(annotations = PublicPages.class)
class RemovedContentAdvice {

	/** Absent from slices of the application that test controllers alone. */
	private final ObjectProvider<RemovedPaths> removedPaths;

	RemovedContentAdvice(ObjectProvider<RemovedPaths> removedPaths) {
		this.removedPaths = removedPaths;
	}

	@ExceptionHandler(ContentNotFoundException.class)
	void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		RemovedPaths removed = this.removedPaths.getIfAvailable();
		boolean gone = removed != null && removed.isRemoved(request.getRequestURI());
		response.sendError(gone ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
	}

}
