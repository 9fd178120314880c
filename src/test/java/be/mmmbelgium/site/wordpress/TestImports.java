package be.mmmbelgium.site.wordpress;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.context.ApplicationContext;

import be.mmmbelgium.site.audit.AuditLog;

/**
 * Imports prepared for tests of other features (the back-office's access rules), from an
 * export of a site without any item: running one changes no content.
 */
public final class TestImports {

	private static final String EMPTY_EXPORT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
			<title>Empty</title><wp:wxr_version>1.2</wp:wxr_version>
			<wp:base_site_url>https://empty.example</wp:base_site_url></channel></rss>
			""";

	private TestImports() {
	}

	/**
	 * The id of a prepared import of an empty site, as its address in the back-office
	 * names it.
	 */
	public static String preparedEmptyImport(ApplicationContext context) {
		return context.getBean(ImportJobs.class)
			.prepare(new ByteArrayInputStream(EMPTY_EXPORT.getBytes(StandardCharsets.UTF_8)), null, null,
					ImportOptions.defaults(), AuditLog.Actor.NOBODY)
			.getId();
	}

}
