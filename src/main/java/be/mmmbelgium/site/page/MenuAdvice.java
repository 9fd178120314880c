package be.mmmbelgium.site.page;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import be.mmmbelgium.site.system.PublicPages;

import be.mmmbelgium.site.system.Language;

/**
 * Puts the main navigation in the model of every page of the public site.
 */
@ControllerAdvice(annotations = PublicPages.class)
class MenuAdvice {

	private static final Logger logger = LoggerFactory.getLogger(MenuAdvice.class);

	private final PublishedPages pages;

	MenuAdvice(PublishedPages pages) {
		this.pages = pages;
	}

	@ModelAttribute("menu")
	Menu menu(Language language) {
		try {
			return this.pages.menu(language);
		}
		catch (DataAccessException | TransactionException ex) {
			// An error page must still render when the database is the cause of the error.
			logger.warn("Menu unavailable: {}", ex.getMessage());
			return Menu.empty();
		}
	}

}
