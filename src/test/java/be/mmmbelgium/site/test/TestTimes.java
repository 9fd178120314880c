package be.mmmbelgium.site.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints, at the end of {@code ./mvnw verify}, how long each test class took, slowest
 * first, and the slowest single tests, as Surefire's reports under
 * {@code target/surefire-reports} give them: the next slow test is seen where it appears.
 * Run by the exec plugin; the reports' folder may be given as argument.
 */
public final class TestTimes {

	/** How many classes, and how many single tests, are listed. */
	static final int LISTED = 25;

	private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*>");

	private static final Pattern TEST_CASE = Pattern.compile("<testcase\\b[^>]*>");

	private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|classname|time|tests)=\"([^\"]*)\"");

	private TestTimes() {
	}

	public static void main(String[] arguments) throws IOException {
		Path reports = Path.of((arguments.length > 0) ? arguments[0] : "target/surefire-reports");
		if (!Files.isDirectory(reports)) {
			System.out.println("No test reports under " + reports);
			return;
		}
		List<Timed> classes = new ArrayList<>();
		List<Timed> tests = new ArrayList<>();
		try (Stream<Path> files = Files.list(reports)) {
			files.filter((file) -> file.getFileName().toString().matches("TEST-.*\\.xml")).sorted().forEach((file) -> {
				String xml = read(file);
				Matcher suite = SUITE.matcher(xml);
				if (suite.find()) {
					classes.add(timed(suite.group(), "name", "tests"));
				}
				Matcher test = TEST_CASE.matcher(xml);
				while (test.find()) {
					tests.add(timed(test.group(), "classname", "name"));
				}
			});
		}
		System.out.print(report(classes, tests));
	}

	/** The report: the classes by time, then the single tests by time. */
	static String report(List<Timed> classes, List<Timed> tests) {
		StringBuilder report = new StringBuilder();
		double total = classes.stream().mapToDouble(Timed::seconds).sum();
		report.append(String.format(Locale.ROOT, "%nTest classes by time (%d classes, %.1f s in all):%n",
				classes.size(), total));
		list(report, classes);
		report.append(String.format(Locale.ROOT, "Slowest single tests:%n"));
		list(report, tests);
		return report.toString();
	}

	private static void list(StringBuilder report, List<Timed> timed) {
		List<Timed> slowest = timed.stream().sorted(Comparator.comparingDouble(Timed::seconds).reversed()).toList();
		slowest.stream()
			.limit(LISTED)
			.forEach((item) -> report.append(String.format(Locale.ROOT, "%8.1f s  %s%n", item.seconds(), item.name())));
		if (slowest.size() > LISTED) {
			double rest = slowest.stream().skip(LISTED).mapToDouble(Timed::seconds).sum();
			report.append(String.format(Locale.ROOT, "%8.1f s  (%d more)%n", rest, slowest.size() - LISTED));
		}
	}

	private static Timed timed(String element, String nameAttribute, String detailAttribute) {
		String name = "";
		String detail = "";
		double seconds = 0;
		Matcher attribute = ATTRIBUTE.matcher(element);
		while (attribute.find()) {
			String value = attribute.group(2);
			if (attribute.group(1).equals(nameAttribute)) {
				name = shortName(value);
			}
			else if (attribute.group(1).equals(detailAttribute)) {
				detail = value;
			}
			else if (attribute.group(1).equals("time")) {
				seconds = Double.parseDouble(value.replace(",", ""));
			}
		}
		if (detailAttribute.equals("tests")) {
			return new Timed(name + " (" + detail + " tests)", seconds);
		}
		return new Timed(name + "." + detail.replace("&quot;", "\"").replace("&amp;", "&"), seconds);
	}

	/** A class name without the site's root package, which every test shares. */
	private static String shortName(String className) {
		return className.replaceFirst("^be\\.mmmbelgium\\.site\\.", "");
	}

	private static String read(Path file) {
		try {
			// Decoded leniently: a test's output kept in its report may hold any bytes.
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A test class or a single test, and the seconds it took. */
	record Timed(String name, double seconds) {

	}

}
