package be.mmmbelgium.site.search;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The one place that knows which database the site runs on: PostgreSQL gets its full-text
 * search, any other database the portable search.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean
	SiteSearch siteSearch(DataSource dataSource, JdbcClient jdbc) throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		boolean postgres = "PostgreSQL".equals(database);
		logger.info("Site search: {} on {}", postgres ? "full-text search" : "portable search", database);
		return postgres ? new PostgreSqlSiteSearch(jdbc) : new PortableSiteSearch(jdbc);
	}

}
