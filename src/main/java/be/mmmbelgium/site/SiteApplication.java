package be.mmmbelgium.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The website and light content management system of Make Mothers Matter Belgium.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiteApplication {

	public static void main(String[] args) {
		SpringApplication.run(SiteApplication.class, args);
	}

}
