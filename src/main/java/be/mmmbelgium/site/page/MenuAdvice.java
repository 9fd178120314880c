package be.mmmbelgium.site.page;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import be.mmmbelgium.site.outage.DatabaseOutage;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.PublicPages;

/**
 * Puts the main navigation in the model of every page of the public site. An error page
 * goes without it when the database cannot give it; any other page fails with it, rather
 * than be shown, and kept, without its menu.
 */
@ControllerAdvice(annotations = PublicPages.class)
class MenuAdvice {

	private static final Logger logger = LoggerFactory.getLogger(MenuAdvice.class);

	private final PublishedPages pages;

	private final DatabaseOutage outage;

	MenuAdvice(PublishedPages pages, DatabaseOutage outage) {
		this.pages = pages;
		this.outage = outage;
	}

	@ModelAttribute("menu")
	Menu menu(Language language, HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			// A page without its menu is not the page: if the menu cannot be read,
			// neither can it.
			return this.pages.menu(language);
		}
		if (this.outage.isOngoing()) {
			// The error page that says so renders at once, without waiting for the
			// database.
			return Menu.empty();
		}
		try {
			return this.pages.menu(language);
		}
		catch (DataAccessException | TransactionException ex) {
			// An error page must still render when the database is the cause of the
			// error.
			logger.warn("Menu unavailable: {}", ex.getMessage());
			return Menu.empty();
		}
	}

}
