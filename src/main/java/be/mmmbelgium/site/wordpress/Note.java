package be.mmmbelgium.site.wordpress;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Something the report says, as a message key and its arguments, so that the back-office
 * shows it in the admin's language and the command line in English.
 *
 * @param key a key of {@code messages*.properties}
 * @param arguments what the message names
 */
public record Note(String key, List<String> arguments) {

	static Note of(String key, Object... arguments) {
		return new Note(key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** The arguments, as the message templates take them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

	String in(MessageSource messages, Locale locale) {
		String message = messages.getMessage(this.key, argumentArray(), null, locale);
		return (message != null) ? message : this.key + " " + this.arguments;
	}

}
