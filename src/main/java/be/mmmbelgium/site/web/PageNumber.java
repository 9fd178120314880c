package be.mmmbelgium.site.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A one-based page number from a query string. Anything that is not a number from 1 to
 * {@value #MAX} fails conversion, which the site answers with 400.
 */
public record PageNumber(int value) {

	public static final int MAX = 100_000;

	public static final PageNumber FIRST = new PageNumber(1);

	public PageNumber {
		if (value < 1 || value > MAX) {
			throw new IllegalArgumentException("A page number runs from 1 to " + MAX);
		}
	}

	public Pageable toPageable(int size) {
		return PageRequest.of(this.value - 1, size);
	}

	static class FromString implements Converter<String, PageNumber> {

		@Override
		public PageNumber convert(String source) {
			String trimmed = source.trim();
			if (trimmed.isEmpty() || trimmed.length() > 6 || !trimmed.chars().allMatch((c) -> c >= '0' && c <= '9')) {
				throw new IllegalArgumentException("Not a page number");
			}
			return new PageNumber(Integer.parseInt(trimmed));
		}

	}

}
