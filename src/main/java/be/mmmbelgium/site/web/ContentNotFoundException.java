package be.mmmbelgium.site.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing published answers to this address: the visitor gets the site's 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ContentNotFoundException extends RuntimeException {

	public ContentNotFoundException(String what) {
		super(what + " not found");
	}

}
