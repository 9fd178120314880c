import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the processor time of a JFR recording went, by part of the stack: each execution
 * sample is counted for the innermost frame that belongs to a part (the JDK's own frames
 * count for whoever called them), and garbage collection is given as its pause time.
 *
 * <pre>java bench/JfrBreakdown.java recording.jfr [title]</pre>
 *
 * Run by {@code bench/load.sh --profile}; a single-file program, so that it needs no build.
 */
public class JfrBreakdown {

	/** The parts, tried in order on each frame's class name: the first that matches wins. */
	private static final Map<String, List<String>> PARTS = parts();

	private static Map<String, List<String>> parts() {
		Map<String, List<String>> parts = new LinkedHashMap<>();
		parts.put("JDBC driver and pool", List.of("org.postgresql.", "com.zaxxer.hikari.", "org.h2."));
		parts.put("Hibernate and Spring Data", List.of("org.hibernate.", "org.springframework.orm.",
				"org.springframework.data.", "jakarta.persistence.", "net.bytebuddy."));
		parts.put("transactions", List.of("org.springframework.transaction."));
		parts.put("templates (Thymeleaf, SpEL)", List.of("org.thymeleaf.", "org.attoparser.", "org.unbescape.",
				"org.springframework.expression."));
		parts.put("security filters", List.of("org.springframework.security."));
		parts.put("Markdown and HTML cleaning", List.of("org.commonmark.", "org.jsoup.", "com.vladsch.flexmark."));
		parts.put("JSON", List.of("tools.jackson.", "com.fasterxml.jackson."));
		parts.put("caches", List.of("com.github.benmanes.caffeine."));
		parts.put("the site's own code", List.of("be.mmmbelgium."));
		parts.put("Spring MVC and the context", List.of("org.springframework."));
		parts.put("Tomcat and HTTP", List.of("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.",
				"jakarta.servlet."));
		parts.put("logging", List.of("ch.qos.logback.", "org.slf4j."));
		return parts;
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: java JfrBreakdown.java RECORDING.jfr [TITLE]");
			System.exit(2);
		}
		Map<String, Long> samples = new LinkedHashMap<>();
		PARTS.keySet().forEach((part) -> samples.put(part, 0L));
		samples.put("the JDK itself", 0L);
		samples.put("other", 0L);
		long total = 0;
		Duration gcPauses = Duration.ZERO;
		long collections = 0;
		try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
			while (recording.hasMoreEvents()) {
				RecordedEvent event = recording.readEvent();
				String type = event.getEventType().getName();
				if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
					samples.merge(partOf(event.getStackTrace().getFrames()), 1L, Long::sum);
					total++;
				}
				else if (type.equals("jdk.GarbageCollection")) {
					gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
					collections++;
				}
			}
		}
		System.out.printf("%s: %,d samples of running Java code%n", (args.length > 1) ? args[1] : args[0], total);
		for (Map.Entry<String, Long> part : samples.entrySet()) {
			if (part.getValue() > 0) {
				System.out.printf("  %-30s %5.1f %%%n", part.getKey(), (total > 0) ? 100.0 * part.getValue() / total : 0);
			}
		}
		System.out.printf("  garbage collection: %d collections, %d ms of pauses%n", collections,
				gcPauses.toMillis());
	}

	/** The part of the innermost frame that is not the JDK's own. */
	private static String partOf(List<RecordedFrame> frames) {
		boolean onlyJdk = true;
		for (RecordedFrame frame : frames) {
			if (frame.getMethod() == null || frame.getMethod().getType() == null) {
				continue;
			}
			String type = frame.getMethod().getType().getName();
			for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
				for (String prefix : part.getValue()) {
					if (type.startsWith(prefix)) {
						return part.getKey();
					}
				}
			}
			if (!isJdk(type)) {
				onlyJdk = false;
			}
		}
		return onlyJdk ? "the JDK itself" : "other";
	}

	private static boolean isJdk(String type) {
		return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
				|| type.startsWith("sun.") || type.startsWith("com.sun.");
	}

}
