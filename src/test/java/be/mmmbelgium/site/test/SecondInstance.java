package be.mmmbelgium.site.test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import be.mmmbelgium.site.SiteApplication;

/**
 * Another instance of the site, started by a test on the database of its own context, as
 * a second machine behind a load balancer would be: same database, same media storage,
 * its own memory and port.
 */
public final class SecondInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	/** Drops the database made for this instance, if one was. */
	private final Runnable cleanUp;

	private SecondInstance(ConfigurableApplicationContext context, Runnable cleanUp) {
		this.context = context;
		this.cleanUp = cleanUp;
	}

	/**
	 * Starts an instance on the database behind {@code dataSource}, its media in
	 * {@code media}, with further settings as {@code name=value}.
	 */
	public static SecondInstance sharing(DataSource dataSource, Path media, String... settings) throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		return new SecondInstance(start(pool, pool.getJdbcUrl(), media, settings), () -> {
		});
	}

	/**
	 * Starts an instance of a new site: on a new, empty database of the server behind
	 * {@code dataSource} (dropped when the instance is closed), its media in
	 * {@code media}, with further settings as {@code name=value}.
	 */
	public static SecondInstance ofANewSite(DataSource dataSource, Path media, String... settings) throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		String name = "mmm_test_site_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		JdbcTemplate server = new JdbcTemplate(dataSource);
		server.execute("create database " + name);
		String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		Runnable drop = () -> server.execute("drop database if exists " + name + " with (force)");
		try {
			return new SecondInstance(start(pool, url, media, settings), drop);
		}
		catch (RuntimeException ex) {
			drop.run();
			throw ex;
		}
	}

	private static ConfigurableApplicationContext start(HikariDataSource pool, String url, Path media,
			String... settings) {
		List<String> properties = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.datasource.url=" + url, "spring.datasource.username=" + pool.getUsername(),
				"spring.datasource.password=" + (pool.getPassword() != null ? pool.getPassword() : ""),
				"mmm.demo-content=false", "mmm.media.directory=" + media, "spring.main.banner-mode=off"));
		properties.addAll(List.of(settings));
		// As arguments of the command line, which come before the settings of
		// application.yml.
		return new SpringApplicationBuilder(SiteApplication.class)
			.run(properties.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	/** The address of a path of this instance. */
	public String url(String path) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort() + path;
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		try {
			this.context.close();
		}
		finally {
			this.cleanUp.run();
		}
	}

}
