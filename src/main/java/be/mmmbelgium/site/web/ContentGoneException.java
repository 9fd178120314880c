package be.mmmbelgium.site.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The content at this address was removed on purpose: 410 Gone, so that search engines
 * forget it.
 */
@ResponseStatus(HttpStatus.GONE)
public class ContentGoneException extends RuntimeException {

	public ContentGoneException(String what) {
		super(what + " removed");
	}

}
