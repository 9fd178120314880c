package be.mmmbelgium.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site speaks French, Dutch and English everywhere: every message exists in the three
 * languages, and templates take their text from messages or content, never from literals.
 */
class I18nUnitTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder", "value",
			"content");

	/** Text that needs no translation: punctuation, separators and arrows. */
	private static final Pattern NEUTRAL = Pattern.compile("[\\s\\p{P}\\p{S}·]*");

	/** Attributes whose literal values are technical, not text for people. */
	private static final Set<String> TECHNICAL_CONTENT = Set.of("width=device-width, initial-scale=1", "#5b2245",
			"noindex", "noindex, nofollow");

	@Test
	void everyMessageExistsInEveryLanguage() throws IOException {
		Set<String> french = keys("messages.properties");
		Set<String> dutch = keys("messages_nl.properties");
		Set<String> english = keys("messages_en.properties");

		assertThat(french).isNotEmpty();
		assertThat(dutch).as("keys of messages_nl.properties").isEqualTo(french);
		assertThat(english).as("keys of messages_en.properties").isEqualTo(french);
	}

	@Test
	void noMessageIsLeftEmpty() throws IOException {
		for (String file : List.of("messages.properties", "messages_nl.properties", "messages_en.properties")) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as(file)
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Document document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
				for (Element element : document.getAllElements()) {
					checkElement(TEMPLATES.relativize(file), element, problems);
				}
			}
		}
		assertThat(problems).as("hard-coded text in templates").isEmpty();
	}

	private static void checkElement(Path file, Element element, List<String> problems) {
		boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
				|| element.hasAttr("th:insert") || element.hasAttr("th:errors") || insideReplaced(element);
		if (!replaced) {
			for (TextNode text : element.textNodes()) {
				if (!NEUTRAL.matcher(text.text()).matches() && !text.text().contains("<!--")) {
					problems.add(file + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
				}
			}
		}
		for (String attribute : TEXT_ATTRIBUTES) {
			if (attribute.equals("value") && !isButton(element)) {
				continue;
			}
			String value = element.attr(attribute);
			if (!value.isEmpty() && !NEUTRAL.matcher(value).matches() && !TECHNICAL_CONTENT.contains(value)
					&& !element.hasAttr("th:" + attribute)) {
				problems.add(file + ": " + attribute + "=\"" + value + "\" on <" + element.tagName() + ">");
			}
		}
	}

	/**
	 * Only an input drawn as a button shows its value; other inputs, and {@code <button>}
	 * elements (which show their content), send it.
	 */
	private static boolean isButton(Element element) {
		return element.tagName().equals("input") && Set.of("submit", "button", "reset").contains(element.attr("type"));
	}

	/** Inside an element whose content Thymeleaf replaces, prototype text never shows. */
	private static boolean insideReplaced(Element element) {
		for (Element parent : element.parents()) {
			if (parent.hasAttr("th:text") || parent.hasAttr("th:utext") || parent.hasAttr("th:replace")) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> keys(String file) throws IOException {
		return new TreeSet<>(load(file).stringPropertyNames());
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nUnitTest.class.getClassLoader().getResourceAsStream(file)) {
			assertThat(in).as(file).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
