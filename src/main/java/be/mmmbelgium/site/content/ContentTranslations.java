package be.mmmbelgium.site.content;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.Slugs;

/**
 * The translations of one kind of content in the back-office: a draft translating an
 * item, the other languages of an item and of a list, and whether a translation is out of
 * date with its source. (The public addresses of translations are {@link Translations}'.)
 * <p>
 * Reached through its {@link ContentEditor}, in the editor's transactions.
 *
 * @param <T> the kind of content
 */
class ContentTranslations<T extends TranslatableContent> {

	private final ContentEditor<T, ?> kind;

	private final ContentRepository<T> items;

	private final ContentPermissions<T> permissions;

	private final Revisions revisions;

	private final ApplicationEventPublisher events;

	ContentTranslations(ContentEditor<T, ?> kind, ContentRepository<T> items, ContentPermissions<T> permissions,
			ContentEditing editing) {
		this.kind = kind;
		this.items = items;
		this.permissions = permissions;
		this.revisions = editing.revisions();
		this.events = editing.events();
	}

	/**
	 * A draft translating an item into another language, pre-filled with its text; the
	 * existing translation when there is one, and the item itself for its own language.
	 */
	T translate(long id, Language language, AccountPrincipal who) {
		this.permissions.requireMayWrite(who);
		T source = this.kind.get(id);
		if (language == source.getLanguage()) {
			return source;
		}
		Optional<T> existing = of(source).stream().filter((item) -> item.getLanguage() == language).findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		// Made from the title, so that it follows the translated title (see
		// TranslatableContent.slugFollowsTitle).
		String made = Slugs.chosenOrFromTitle("", source.getTitle(), source.getSlug());
		String slug = made;
		for (int n = 1; this.items.existsByLanguageAndSlug(language, slug); n++) {
			slug = made + "-" + language.code() + (n > 1 ? "-" + n : "");
		}
		T translation = this.kind.newTranslation(source, language, slug);
		translation.translates(source);
		return this.kind.saveNew(translation, who, "translation of " + this.kind.contentType() + " " + id);
	}

	/** The other items of an item's translation group. */
	List<T> of(T item) {
		return othersOf(item, this.items.findByTranslationGroup(item.getTranslationGroup()));
	}

	/** The languages an item has no translation in yet. */
	List<Language> missingLanguages(T item) {
		Set<Language> present = of(item).stream().map(T::getLanguage).collect(Collectors.toSet());
		present.add(item.getLanguage());
		return Arrays.stream(Language.values()).filter((language) -> !present.contains(language)).toList();
	}

	/** The other translations of each item, by item id, for the lists. */
	Map<Long, List<T>> ofEach(List<T> list) {
		Map<UUID, List<T>> groups = this.items
			.findByTranslationGroupIn(list.stream().map(T::getTranslationGroup).distinct().toList())
			.stream()
			.collect(Collectors.groupingBy(T::getTranslationGroup));
		Map<Long, List<T>> translations = new HashMap<>();
		for (T item : list) {
			translations.put(item.getId(), othersOf(item, groups.getOrDefault(item.getTranslationGroup(), List.of())));
		}
		return translations;
	}

	/** The items of a translation group but this one, by language. */
	private List<T> othersOf(T item, List<T> group) {
		return group.stream()
			.filter((other) -> !Objects.equals(other.getId(), item.getId()))
			.sorted(Comparator.comparing(TranslatableContent::getLanguage))
			.toList();
	}

	/**
	 * For a translation whose source changed since it was made, what changed in the
	 * source; empty when it is up to date or translates nothing.
	 */
	Optional<SourceChanges<T>> sourceChanges(T item) {
		Long sourceId = item.getSourceId();
		Long madeFrom = item.getSourceVersion();
		if (sourceId == null || madeFrom == null) {
			return Optional.empty();
		}
		return this.items.findById(sourceId)
			.filter((source) -> item.isBehind(source.getVersion()))
			.map((source) -> new SourceChanges<>(source,
					this.revisions.changesSince(this.kind.contentType(), source.getId(), madeFrom)));
	}

	/** Which of these items are translations whose source changed since. */
	Set<Long> outOfDate(List<T> list) {
		Map<Long, Long> sourceVersions = new HashMap<>();
		this.items.findAllById(list.stream().map(T::getSourceId).filter(Objects::nonNull).toList())
			.forEach((source) -> sourceVersions.put(source.getId(), source.getVersion()));
		return list.stream().filter((item) -> {
			Long sourceVersionNow = sourceVersions.get(item.getSourceId());
			return sourceVersionNow != null && item.isBehind(sourceVersionNow);
		}).map(T::getId).collect(Collectors.toSet());
	}

	/** Marks a translation as matching its source as the source is now. */
	void markUpToDate(long id, AccountPrincipal who) {
		T item = this.kind.get(id);
		this.permissions.requireMayEdit(item, who);
		if (item.getSourceId() != null) {
			this.items.findById(item.getSourceId()).ifPresent(item::translates);
			this.events
				.publishEvent(new ContentEvent.Changed(who.actor(), this.kind.target(item), "translation up to date"));
		}
	}

}
