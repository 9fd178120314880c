package be.mmmbelgium.site;

import java.util.Arrays;

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
		if (Arrays.stream(args).anyMatch(SiteApplication::isCommand)) {
			// A command (an import, a copy of the media, an archive): the site does its
			// work and
			// ends,
			// beside a running site if need be, answering no one meanwhile.
			// Nor does it load the demo content, even on the embedded database: a copy of
			// the media must not add the demo's files to the bucket.
			String[] command = Arrays.copyOf(args, args.length + 5);
			command[args.length] = "--server.port=0";
			command[args.length + 1] = "--server.address=127.0.0.1";
			command[args.length + 2] = "--management.server.port=-1";
			command[args.length + 3] = "--mmm.warm-up=false";
			command[args.length + 4] = "--mmm.demo-content=false";
			System.exit(SpringApplication.exit(SpringApplication.run(SiteApplication.class, command)));
		}
		SpringApplication.run(SiteApplication.class, args);
	}

	private static boolean isCommand(String argument) {
		return argument.startsWith("--mmm.import.wordpress=") || argument.startsWith("--mmm.media.copy-from=")
				|| argument.startsWith("--mmm.archive.export=") || argument.startsWith("--mmm.archive.import=");
	}

}
