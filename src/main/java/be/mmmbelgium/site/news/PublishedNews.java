package be.mmmbelgium.site.news;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.caching.ContentVersion;
import be.mmmbelgium.site.caching.PerContentVersion;
import be.mmmbelgium.site.content.Status;
import be.mmmbelgium.site.content.Translations;
import be.mmmbelgium.site.media.Attachment;
import be.mmmbelgium.site.media.Attachments;
import be.mmmbelgium.site.system.SiteTime;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The news visitors may see now: published posts whose publication instant has come.
 */
@Service
@Transactional(readOnly = true)
public class PublishedNews {

	private final NewsPostRepository posts;

	private final TagRepository tags;

	private final SitePaths paths;

	private final Clock clock;

	/**
	 * How many posts each year has, by language: the news pages show it beside the list.
	 */
	private final PerContentVersion<Language, SortedMap<Integer, Long>> years;

	PublishedNews(NewsPostRepository posts, TagRepository tags, SitePaths paths, Clock clock, ContentVersion version) {
		this.posts = posts;
		this.tags = tags;
		this.paths = paths;
		this.clock = clock;
		this.years = new PerContentVersion<>(version, clock, this::countByYear);
	}

	/** The newest posts first, as cards. */
	public Page<NewsCard> list(Language language, Pageable pageable) {
		return this.posts.findVisibleCards(language, now(), pageable);
	}

	public List<NewsCard> latest(Language language, int count) {
		return this.posts.findVisibleCards(language, now(), Limit.of(count));
	}

	/** The newest posts, whole, with their subjects, for a feed. */
	public List<NewsPost> newest(Language language, int count) {
		return withTags(this.posts.findVisible(language, now(), Limit.of(count)));
	}

	/** The newest posts on a subject, whole, with their subjects, for a feed. */
	public List<NewsPost> newestTagged(Tag tag, int count) {
		return withTags(this.posts.findVisibleByTag(tag, now(), Limit.of(count)));
	}

	private List<NewsPost> withTags(List<NewsPost> posts) {
		if (!posts.isEmpty()) {
			this.posts.fetchTags(posts);
		}
		return posts;
	}

	/**
	 * A subject, while a visible post carries it: one that only drafts or scheduled posts
	 * carry has no page yet, and its name shows nowhere.
	 */
	public Optional<Tag> tag(Language language, String slug) {
		return this.tags.findByLanguageAndSlug(language, slug).filter(this::isCarried);
	}

	private boolean isCarried(Tag tag) {
		return this.posts.existsVisibleByTag(tag, now());
	}

	public Page<NewsCard> listTagged(Tag tag, Pageable pageable) {
		return this.posts.findVisibleCardsByTag(tag, now(), pageable);
	}

	/**
	 * A subject with the paths of its page in each language, while a visible post carries
	 * it: the subjects of its group that visible posts carry tell both at once.
	 */
	public Optional<Subject> subject(Language language, String slug) {
		return this.tags.findByLanguageAndSlug(language, slug)
			.map((tag) -> new Subject(tag, tagTranslations(tag)))
			.filter((subject) -> subject.translations().containsKey(language));
	}

	/** The paths of a tag's page in each language the tag has a page in. */
	private Map<Language, String> tagTranslations(Tag tag) {
		return this.posts.findVisibleTagsOfGroup(tag.getTranslationGroup(), now())
			.stream()
			.collect(Collectors.toMap(Tag::getLanguage,
					(translation) -> this.paths.newsTopic(translation.getLanguage(), translation.getSlug()),
					(first, second) -> first, () -> new EnumMap<>(Language.class)));
	}

	public Page<NewsCard> listYear(Language language, Year year, Pageable pageable) {
		return this.posts.findVisibleCardsBetween(language, startOf(year), startOf(year.plusYears(1)), now(), pageable);
	}

	/** Whether a language has news in a year, in Brussels time. */
	public boolean hasNewsIn(Language language, Year year) {
		return this.posts.existsVisibleBetween(language, startOf(year), startOf(year.plusYears(1)), now());
	}

	private static Instant startOf(Year year) {
		return year.atDay(1).atStartOfDay(SiteTime.ZONE).toInstant();
	}

	/** How many posts each year has, in Brussels time, the most recent year first. */
	public SortedMap<Integer, Long> years(Language language) {
		return this.years.get(language);
	}

	private SortedMap<Integer, Long> countByYear(Language language) {
		return Collections.unmodifiableSortedMap(this.posts.findVisiblePublicationInstants(language, now())
			.stream()
			.collect(Collectors.groupingBy((Instant instant) -> instant.atZone(SiteTime.ZONE).getYear(),
					() -> new TreeMap<Integer, Long>(Comparator.reverseOrder()), Collectors.counting())));
	}

	public Optional<PostView> find(Language language, String slug) {
		return this.posts.findVisible(language, slug, now()).map(this::view);
	}

	/** A post as its page will show it once published, whatever its state now. */
	public PostView preview(NewsPost post) {
		return view(post);
	}

	private PostView view(NewsPost post) {
		Instant now = now();
		Language language = post.getLanguage();
		// A draft has no publication instant yet: its neighbours are those of a post
		// published now.
		Instant at = post.getPublishedAt() == null ? now : post.getPublishedAt();
		Hibernate.initialize(post.getCover());
		List<Tag> postTags = post.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList();
		List<Attachment> attachments = Attachments.load(post);
		Neighbour previous = first(this.posts.findVisibleBefore(language, at, post.getId(), now, Limit.of(1)));
		Neighbour next = first(this.posts.findVisibleAfter(language, at, post.getId(), now, Limit.of(1)));
		Map<Language, String> translations = Translations
			.paths(this.posts.findVisibleTranslations(post.getTranslationGroup(), now), this.paths::newsPost);
		return new PostView(post, postTags, attachments, previous, next, translations);
	}

	/**
	 * Whether a post of this address is in the trash, so that the address answers 410.
	 */
	public boolean isTrashed(Language language, String slug) {
		return this.posts.existsByLanguageAndSlugAndStatus(language, slug, Status.TRASHED);
	}

	public Optional<String> findMovedPath(Language language, String oldSlug) {
		return this.posts.findVisibleByOldSlug(language, oldSlug, now(), Limit.of(1))
			.stream()
			.findFirst()
			.map((post) -> this.paths.newsPost(language, post.getSlug()));
	}

	private static @Nullable Neighbour first(List<Neighbour> posts) {
		return posts.isEmpty() ? null : posts.get(0);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	/**
	 * A post with what its page shows around it.
	 * @param post the post, its cover loaded
	 * @param tags its tags, by name
	 * @param attachments its documents, loaded
	 * @param previous the post published just before it, if any
	 * @param next the post published just after it, if any
	 * @param translations the path of each visible translation, its own included
	 */
	/**
	 * A subject and the path of its page in each language that has one, its own included.
	 */
	public record Subject(Tag tag, Map<Language, String> translations) {
	}

	public record PostView(NewsPost post, List<Tag> tags, List<Attachment> attachments, @Nullable Neighbour previous,
			@Nullable Neighbour next, Map<Language, String> translations) {
	}

}
