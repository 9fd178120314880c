package be.mmmbelgium.site.hostile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpMethod;

/**
 * A form as a page offers it: where it goes, how, and the value each of its fields would
 * send untouched, as a browser would fill it in.
 */
record HtmlForm(HttpMethod method, String action, boolean multipart, Map<String, String> fields, Set<String> textual,
		List<String> files) {

	static final String CSRF = "_csrf";

	/** The kinds of input a person types text into. */
	private static final Set<String> TEXT_TYPES = Set.of("", "text", "search", "email", "url", "tel", "password");

	/** Every form of the page, in document order. */
	static List<HtmlForm> of(Document page, String pagePath) {
		List<HtmlForm> forms = new ArrayList<>();
		for (Element form : page.select("form")) {
			forms.add(of(form, pagePath));
		}
		return forms;
	}

	static HtmlForm of(Element form, String pagePath) {
		String action = form.attr("action").isEmpty() ? pagePath : form.attr("action");
		HttpMethod method = form.attr("method").equalsIgnoreCase("post") ? HttpMethod.POST : HttpMethod.GET;
		Map<String, String> fields = new LinkedHashMap<>();
		Set<String> textual = new HashSet<>();
		List<String> files = new ArrayList<>();
		for (Element field : form.select("input[name], textarea[name], select[name], button[name]")) {
			String name = field.attr("name");
			String type = field.attr("type").toLowerCase(Locale.ROOT);
			if (field.tagName().equals("textarea") || (field.tagName().equals("input") && TEXT_TYPES.contains(type))) {
				textual.add(name);
			}
			if (type.equals("file")) {
				files.add(name);
			}
			else if (field.tagName().equals("select")) {
				Element option = field.selectFirst("option[selected]");
				option = (option != null) ? option : field.selectFirst("option");
				fields.putIfAbsent(name, (option != null) ? option.val() : "");
			}
			else if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
				fields.putIfAbsent(name, null);
			}
			else if (!field.tagName().equals("button") || !fields.containsKey(name)) {
				fields.putIfAbsent(name, field.val());
			}
		}
		return new HtmlForm(method, action, form.attr("enctype").equals("multipart/form-data"), fields, textual, files);
	}

	/** The first form of the page that goes to {@code action}. */
	static Optional<HtmlForm> find(Document page, String pagePath, String action) {
		return of(page, pagePath).stream().filter((form) -> form.action().equals(action)).findFirst();
	}

	/** The fields a person can type into or choose, without the CSRF token. */
	List<String> names() {
		return this.fields.keySet().stream().filter((name) -> !name.equals(CSRF)).toList();
	}

	/** A name for failure messages, such as {@code POST /admin/news/12}. */
	String describe() {
		return this.method + " " + this.action;
	}

}
