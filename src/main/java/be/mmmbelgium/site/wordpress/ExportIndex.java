package be.mmmbelgium.site.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A first reading of an export: its site, and every item without its text, so that an
 * item can name others (its parent, its translations, its picture, a page it links to)
 * wherever they stand in the file. The texts are read again, one at a time, when the
 * items are brought over.
 */
final class ExportIndex implements WxrReader.Listener {

	/** Polylang's groups of translated terms. */
	private static final String TERM_TRANSLATIONS = "term_translations";

	/** A member of a Polylang group as PHP serialises it: {@code s:2:"nl";i:14;}. */
	private static final Pattern SERIALISED_MEMBER = Pattern.compile("s:\\d+:\"[A-Za-z_-]+\";i:(\\d{1,18});");

	private @Nullable WxrSite site;

	/** The posts and pages, in the order of the file; their text left out. */
	private final Map<Long, WxrItem> items = new LinkedHashMap<>();

	private final Map<Long, WxrItem> attachments = new HashMap<>();

	private @Nullable Map<Long, List<WxrItem>> attachmentsByParent;

	/**
	 * How many items of each kind the site has no place for (menu entries, revisions…).
	 */
	private final Map<String, Integer> others = new TreeMap<>();

	static ExportIndex of(Path export) {
		ExportIndex index = new ExportIndex();
		read(export, index, false);
		if (index.site == null) {
			throw new WxrException(Note.of("import.export.otherRss"), "The file holds no WordPress site.");
		}
		return index;
	}

	/**
	 * Reads an export file.
	 * @param texts whether the texts of items are read, or only measured
	 */
	static void read(Path export, WxrReader.Listener listener, boolean texts) {
		try (InputStream in = Files.newInputStream(export)) {
			WxrReader.read(in, listener, texts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void site(WxrSite site) {
		this.site = site;
	}

	@Override
	public void item(WxrItem item) {
		switch (item.type()) {
			case "post", "page" -> this.items.put(item.id(), withoutText(item));
			case "attachment" -> this.attachments.put(item.id(), item);
			default -> this.others.merge(item.type(), 1, Integer::sum);
		}
	}

	private static WxrItem withoutText(WxrItem item) {
		return new WxrItem(item.id(), item.type(), item.status(), item.title(), item.link(), item.slug(),
				item.dateGmt(), item.date(), item.creator(), "", item.excerpt(), item.parent(), item.menuOrder(),
				item.attachmentUrl(), item.terms(), item.meta(), item.comments());
	}

	WxrSite site() {
		if (this.site == null) {
			throw new IllegalStateException("read first");
		}
		return this.site;
	}

	Map<Long, WxrItem> items() {
		return this.items;
	}

	Optional<WxrItem> item(long id) {
		return Optional.ofNullable(this.items.get(id));
	}

	Optional<WxrItem> attachment(long id) {
		return Optional.ofNullable(this.attachments.get(id));
	}

	/** The attachments uploaded into an item, in their order. */
	List<WxrItem> attachmentsOf(long itemId) {
		if (this.attachmentsByParent == null) {
			Map<Long, List<WxrItem>> byParent = new HashMap<>();
			this.attachments.values()
				.stream()
				.sorted(Comparator.comparingInt(WxrItem::menuOrder).thenComparingLong(WxrItem::id))
				.forEach((attachment) -> byParent.computeIfAbsent(attachment.parent(), (parent) -> new ArrayList<>())
					.add(attachment));
			this.attachmentsByParent = byParent;
		}
		return this.attachmentsByParent.getOrDefault(itemId, List.of());
	}

	Map<Long, WxrItem> attachments() {
		return this.attachments;
	}

	Map<String, Integer> others() {
		return this.others;
	}

	/**
	 * The Polylang group of translated terms (categories, tags) each term id is in, by
	 * the group's slug; empty without Polylang.
	 */
	Map<Long, String> termGroups() {
		Map<Long, String> groups = new HashMap<>();
		site().termDescriptions().getOrDefault(TERM_TRANSLATIONS, Map.of()).forEach((group, description) -> {
			Matcher member = SERIALISED_MEMBER.matcher(description);
			while (member.find()) {
				groups.put(Long.parseLong(member.group(1)), group);
			}
		});
		return groups;
	}

	/**
	 * The language code an item names: Polylang's term, or WPML's custom field; empty
	 * when it names none.
	 */
	static Optional<String> languageOf(WxrItem item) {
		return item.term(WxrItem.LANGUAGE).or(() -> item.meta("_wpml_language"));
	}

	/**
	 * The key of the group of translations an item is in: Polylang's term, or WPML's
	 * custom field; empty for an item that has no translation.
	 */
	static Optional<String> translationKeyOf(WxrItem item) {
		return item.term(WxrItem.TRANSLATIONS)
			.map((slug) -> "polylang:" + slug)
			.or(() -> item.meta("_wpml_translation_group").map((group) -> "wpml:" + group));
	}

}
