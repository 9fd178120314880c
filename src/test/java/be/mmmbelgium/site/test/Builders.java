package be.mmmbelgium.site.test;

import java.time.Instant;

import be.mmmbelgium.site.content.MarkdownRenderer;

/**
 * What the test-data builders share: one Markdown renderer, and a reference instant.
 */
public final class Builders {

	public static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

	/** "Now" in the tests that fix the clock: a Wednesday afternoon in Brussels. */
	public static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

	private Builders() {
	}

}
