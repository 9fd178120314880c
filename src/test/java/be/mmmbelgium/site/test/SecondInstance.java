package be.mmmbelgium.site.test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import be.mmmbelgium.site.SiteApplication;

/**
 * Another instance of the site, started by a test on the database of its own context, as
 * a second machine behind a load balancer would be: same database, same media storage,
 * its own memory and port.
 */
public final class SecondInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance on the database behind {@code dataSource}, its media in
	 * {@code media}, with further settings as {@code name=value}.
	 */
	public static SecondInstance sharing(DataSource dataSource, Path media, String... settings) throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<String> properties = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.datasource.url=" + pool.getJdbcUrl(), "spring.datasource.username=" + pool.getUsername(),
				"spring.datasource.password=" + (pool.getPassword() != null ? pool.getPassword() : ""),
				"mmm.demo-content=false", "mmm.media.directory=" + media, "spring.main.banner-mode=off"));
		properties.addAll(List.of(settings));
		// As arguments of the command line, which come before the settings of
		// application.yml.
		return new SecondInstance(new SpringApplicationBuilder(SiteApplication.class)
			.run(properties.stream().map((property) -> "--" + property).toArray(String[]::new)));
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
		this.context.close();
	}

}
