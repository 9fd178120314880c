package be.mmmbelgium.site.search;

import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that knows which database the site runs on: PostgreSQL gets its full-text
 * search, any other database the portable search.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SearchConfiguration.class);

	/**
	 * The longest a search may take on PostgreSQL before the visitor is asked for a
	 * narrower one.
	 */
	static final Duration TIME_LIMIT = Duration.ofSeconds(3);

	@Bean
	SiteSearch siteSearch(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		boolean postgres = "PostgreSQL".equals(database);
		logger.info("Site search: {} on {}", postgres ? "full-text search" : "portable search", database);
		if (!postgres) {
			return new PortableSiteSearch(jdbc);
		}
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return new PostgreSqlSiteSearch(jdbc, readOnly, TIME_LIMIT);
	}

}
