package be.mmmbelgium.site.search;

/**
 * A search that did not end within its time limit, as a query matching nearly everything
 * may: the visitor is asked for a more precise one.
 */
class SearchTooBroadException extends RuntimeException {

	SearchTooBroadException(String query, Throwable cause) {
		super("The search for \"" + query + "\" took too long", cause);
	}

}
