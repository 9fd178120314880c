import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the processor time of a profile went, by part of the program. The profile is
 * async-profiler's collapsed stacks ({@code frame;frame;…;leaf count}, root first),
 * sampled by processor time on every thread of the process: each sample counts for the
 * innermost frame that belongs to a part (the JDK's own frames count for whoever called
 * them), and the threads of the JVM itself count as garbage collection, the JIT compiler
 * or the rest of the JVM.
 *
 * <pre>java bench/ProfileBreakdown.java profile.collapsed [title]</pre>
 *
 * Run by {@code bench/load.sh --profile}; a single-file program, so that it needs no build.
 */
public class ProfileBreakdown {

	/** The parts, tried in order on each frame's class name: the first that matches wins. */
	private static final Map<String, List<String>> PARTS = parts();

	private static Map<String, List<String>> parts() {
		Map<String, List<String>> parts = new LinkedHashMap<>();
		parts.put("JDBC driver and pool", List.of("org.postgresql.", "com.zaxxer.hikari.", "org.h2."));
		parts.put("Hibernate and Spring Data", List.of("org.hibernate.", "org.springframework.orm.",
				"org.springframework.data.", "jakarta.persistence.", "net.bytebuddy."));
		parts.put("transactions", List.of("org.springframework.transaction."));
		parts.put("templates (Thymeleaf, SpEL)", List.of("org.thymeleaf.", "org.attoparser.", "org.unbescape.",
				"org.springframework.expression.", "spel."));
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
			System.err.println("usage: java ProfileBreakdown.java PROFILE.collapsed [TITLE]");
			System.exit(2);
		}
		Map<String, Long> samples = new LinkedHashMap<>();
		PARTS.keySet().forEach((part) -> samples.put(part, 0L));
		for (String part : List.of("the JDK itself (I/O, collections, text)", "garbage collection", "JIT compiler",
				"the JVM and the kernel, other")) {
			samples.put(part, 0L);
		}
		long total = 0;
		for (String line : Files.readAllLines(Path.of(args[0]))) {
			int space = line.lastIndexOf(' ');
			if (space < 0) {
				continue;
			}
			long count = Long.parseLong(line.substring(space + 1).trim());
			samples.merge(partOf(line.substring(0, space).split(";")), count, Long::sum);
			total += count;
		}
		System.out.printf("%s: %,d samples%n", (args.length > 1) ? args[1] : args[0], total);
		for (Map.Entry<String, Long> part : samples.entrySet()) {
			if (part.getValue() > 0) {
				System.out.printf("  %-40s %5.1f %%%n", part.getKey(), 100.0 * part.getValue() / total);
			}
		}
	}

	/** The part of a stack, root first. */
	private static String partOf(String[] frames) {
		boolean jdkFrames = false;
		for (int i = frames.length - 1; i >= 0; i--) {
			String frame = frames[i];
			int kind = frame.lastIndexOf("_[");
			String name = ((kind > 0) ? frame.substring(0, kind) : frame).replace('/', '.');
			for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
				for (String prefix : part.getValue()) {
					if (name.startsWith(prefix)) {
						return part.getKey();
					}
				}
			}
			jdkFrames |= isJdk(name);
		}
		String all = String.join(";", frames);
		if (all.contains("CompileBroker") || all.contains("C2Compiler") || all.contains("Compiler::")) {
			return "JIT compiler";
		}
		if (all.contains("G1") || all.contains("GCTaskThread") || all.contains("ConcurrentGCThread")
				|| all.contains("WorkerThread")) {
			return "garbage collection";
		}
		return jdkFrames ? "the JDK itself (I/O, collections, text)" : "the JVM and the kernel, other";
	}

	private static boolean isJdk(String name) {
		return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| name.startsWith("sun.") || name.startsWith("com.sun.");
	}

}
