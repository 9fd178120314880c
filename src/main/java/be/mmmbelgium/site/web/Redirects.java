package be.mmmbelgium.site.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects the controllers of the public site answer with.
 */
public final class Redirects {

	private Redirects() {
	}

	/** A permanent redirect, for an address that moved, such as an old slug. */
	public static ModelAndView permanent(String path) {
		RedirectView view = new RedirectView(path);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
