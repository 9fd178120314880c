package be.mmmbelgium.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature packages honest: no cycles, and no reaching into another feature's
 * internals. Writes their documentation too, and holds the README's map of them to it.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SiteApplication.class);

	private static final String SECTION = "## How the code is organised";

	/**
	 * A row of the README's module table: the package, what it holds, and what it uses.
	 */
	private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|[^|]+\\|([^|]*)\\|$", Pattern.MULTILINE);

	@Test
	void featuresRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theModulesAreDocumentedWithTheirDependencies() throws IOException {
		Path output = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation();
		String components = Files.readString(output.resolve("components.puml"), StandardCharsets.UTF_8);
		modules.forEach((module) -> assertThat(components).contains(module.getDisplayName()));
	}

	@Test
	void theReadmeTableNamesEveryModuleWithTheModulesItUses() throws IOException {
		Map<String, Set<String>> documented = new TreeMap<>();
		Matcher row = ROW.matcher(moduleSection(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)));
		while (row.find()) {
			documented.put(row.group(1),
					Pattern.compile("`(\\w+)`")
						.matcher(row.group(2))
						.results()
						.map((name) -> name.group(1))
						.collect(Collectors.toCollection(TreeSet::new)));
		}
		Map<String, Set<String>> actual = new TreeMap<>();
		modules.forEach((module) -> actual.put(module.getName(), uses(module)));
		assertThat(documented).as("the README's module table").isEqualTo(actual);
	}

	/** The README's section on the code, up to the next section. */
	private static String moduleSection(String readme) {
		int start = readme.indexOf(SECTION);
		assertThat(start).as("the README's section \"%s\"", SECTION).isNotNegative();
		int end = readme.indexOf("\n## ", start + SECTION.length());
		return readme.substring(start, (end < 0) ? readme.length() : end);
	}

	private static Set<String> uses(ApplicationModule module) {
		return module.getDirectDependencies(modules)
			.uniqueModules()
			.map(ApplicationModule::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
