package be.mmmbelgium.site.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import be.mmmbelgium.site.content.ContentEditor;
import be.mmmbelgium.site.content.MarkdownRenderer;
import be.mmmbelgium.site.content.TranslatableContent;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.news.Tag;
import be.mmmbelgium.site.news.TagRepository;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.page.PageKey;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.podcast.Episode;
import be.mmmbelgium.site.podcast.EpisodeRepository;
import be.mmmbelgium.site.podcast.PodcastSeries;
import be.mmmbelgium.site.podcast.PodcastSeriesRepository;
import be.mmmbelgium.site.system.SiteTime;
import be.mmmbelgium.site.web.Language;

/**
 * Fills an empty site with the demo content kept under {@code classpath:demo/}: the
 * institutional pages, six news posts and the podcast "Une mère presque parfaite", French
 * complete, Dutch and English in part. It runs once, on a database without pages, and
 * only when {@link DemoContentCondition demo content is switched on}.
 */
@Component
@Conditional(DemoContentCondition.class)
class DemoContentLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(DemoContentLoader.class);

	private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.(fr|nl|en)\\.md");

	/**
	 * The day the association was founded, when its institutional pages are said to be
	 * published.
	 */
	private static final Instant FOUNDED = LocalDateTime.of(2015, 3, 1, 10, 0).atZone(SiteTime.ZONE).toInstant();

	private static final Comparator<Language> FRENCH_FIRST = Comparator.comparing(Language::ordinal);

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	private final PageRepository pages;

	private final TagRepository tags;

	private final NewsPostRepository posts;

	private final PodcastSeriesRepository series;

	private final EpisodeRepository episodes;

	private final MediaLibrary media;

	private final MarkdownRenderer markdown;

	private final TransactionTemplate transaction;

	private final Map<String, MediaFile> mediaByName = new HashMap<>();

	private final List<ContentEditor<?, ?>> editors;

	DemoContentLoader(PageRepository pages, TagRepository tags, NewsPostRepository posts,
			PodcastSeriesRepository series, EpisodeRepository episodes, MediaLibrary media, MarkdownRenderer markdown,
			TransactionTemplate transaction, List<ContentEditor<?, ?>> editors) {
		this.editors = editors;
		this.pages = pages;
		this.tags = tags;
		this.posts = posts;
		this.series = series;
		this.episodes = episodes;
		this.media = media;
		this.markdown = markdown;
		this.transaction = transaction;
	}

	/**
	 * Loads the content once the database is migrated and before the site answers
	 * requests.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (this.pages.count() > 0) {
			logger.info("The site has content already: demo content not loaded");
			return;
		}
		try {
			this.transaction.executeWithoutResult((status) -> {
				loadPages();
				Map<String, Map<Language, Tag>> tagsByKey = loadTags();
				loadNews(tagsByKey);
				loadPodcast();
			});
			// Its history starts as it was loaded, so that changes to it can be compared
			// and undone.
			this.transaction.executeWithoutResult((status) -> this.editors.forEach(ContentEditor::keepFirstRevisions));
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance, started at the same time on the same database, loaded it
			// first.
			logger.info("Demo content loaded by another instance: {}", ex.getMostSpecificCause().getMessage());
			return;
		}
		logger.info("Demo content loaded: {} pages, {} news posts, {} episodes", this.pages.count(), this.posts.count(),
				this.episodes.count());
	}

	private void loadPages() {
		Map<String, Map<Language, Page>> byKey = new HashMap<>();
		List<Translated> parentsFirst = documents("demo/pages/*.md").stream()
			.sorted(Comparator.comparing((Translated document) -> document.document().optional("parent").isPresent()))
			.toList();
		for (Translated document : parentsFirst) {
			String key = document.document().required("key");
			Page page = new Page(group("page", key), document.language(), document.document().required("slug"),
					document.document().required("title"));
			page.setPageKey(PageKey.valueOf(key.toUpperCase(Locale.ROOT)));
			page.setSummary(document.document().optional("summary").orElse(""));
			page.setBody(this.markdown.render(document.document().body()));
			page.placeInMenu(Boolean.parseBoolean(document.document().required("menu")),
					Integer.parseInt(document.document().required("order")));
			document.document()
				.optional("parent")
				.ifPresent((parent) -> page.setParent(named(named(byKey.get(parent), parent).get(document.language()),
						parent + " in " + document.language())));
			page.publish(FOUNDED);
			translateFrom(byKey.computeIfAbsent(key, (k) -> new HashMap<>()), page);
			byKey.get(key).put(document.language(), this.pages.save(page));
		}
	}

	private Map<String, Map<Language, Tag>> loadTags() {
		Map<String, Map<Language, Tag>> byKey = new HashMap<>();
		String[] lines = text("demo/tags.tsv").split("\n");
		for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
			String[] cells = line.split("\t");
			Language language = Language.fromCode(cells[1]).orElseThrow();
			Tag tag = this.tags.save(new Tag(group("tag", cells[0]), language, cells[2], cells[3].strip()));
			byKey.computeIfAbsent(cells[0], (key) -> new HashMap<>()).put(language, tag);
		}
		return byKey;
	}

	private void loadNews(Map<String, Map<Language, Tag>> tagsByKey) {
		Map<String, Map<Language, NewsPost>> byGroup = new HashMap<>();
		for (Translated document : documents("demo/news/*.md")) {
			DemoDocument post = document.document();
			String groupName = post.required("group");
			NewsPost news = new NewsPost(group("news", groupName), document.language(), post.required("slug"),
					post.required("title"));
			news.setExcerpt(post.optional("excerpt").orElse(""));
			news.setBody(this.markdown.render(post.body()));
			post.optional("cover")
				.ifPresent((cover) -> news.setCover(image(cover), post.required("cover-alt"),
						post.optional("cover-caption").orElse(null)));
			for (String tagKey : post.optional("tags").map((value) -> value.split(",")).orElse(new String[0])) {
				String tag = tagKey.strip();
				news.tag(named(named(tagsByKey.get(tag), tag).get(document.language()),
						tag + " in " + document.language()));
			}
			post.optional("attachments").ifPresent((value) -> Arrays.stream(value.split(";")).forEach((entry) -> {
				String[] parts = entry.split("\\|", 2);
				news.attach(document(parts[0].strip()), parts[1].strip());
			}));
			news.publish(brusselsTime(post.required("date")));
			translateFrom(byGroup.computeIfAbsent(groupName, (g) -> new HashMap<>()), news);
			byGroup.get(groupName).put(document.language(), this.posts.save(news));
		}
	}

	private void loadPodcast() {
		Map<Language, PodcastSeries> seriesByLanguage = new HashMap<>();
		Map<String, Map<Language, Episode>> byGroup = new HashMap<>();
		for (Translated document : documents("demo/podcast/*.md")) {
			DemoDocument item = document.document();
			if (document.name().equals("series")) {
				PodcastSeries show = new PodcastSeries(group("series", item.required("slug")), document.language(),
						item.required("slug"), item.required("title"),
						Language.fromCode(item.required("podcast-language")).orElseThrow());
				show.setSummary(item.required("summary"));
				show.setDescription(this.markdown.render(item.body()));
				show.setDirectoryDetails(item.required("author"), item.required("author"), null);
				show.categorise(item.required("category"), item.optional("subcategory").orElse(null));
				show.setExplicit(Boolean.parseBoolean(item.required("explicit")));
				show.setCover(image(item.required("cover")));
				show.publish(brusselsTime("2022-04-29T08:00"));
				translateFrom(seriesByLanguage, show);
				seriesByLanguage.put(document.language(), this.series.save(show));
			}
		}
		for (Translated document : documents("demo/podcast/*.md")) {
			DemoDocument item = document.document();
			if (document.name().startsWith("episode-")) {
				String groupName = item.required("group");
				Episode episode = new Episode(group("episode", groupName),
						named(seriesByLanguage.get(document.language()), "series in " + document.language()),
						item.required("slug"), item.required("title"), Integer.parseInt(item.required("number")));
				item.optional("season").map(Integer::valueOf).ifPresent(episode::setSeason);
				episode.setExcerpt(item.optional("excerpt").orElse(""));
				episode.setShowNotes(this.markdown.render(item.body()));
				String transcript = "demo/podcast/" + document.name() + "." + document.language().code()
						+ ".transcript.md";
				if (this.resources.getResource("classpath:" + transcript).exists()) {
					episode.setTranscript(this.markdown.render(text(transcript)));
				}
				episode.setAudio(audio(item.required("audio")));
				episode.publish(brusselsTime(item.required("date")));
				translateFrom(byGroup.computeIfAbsent(groupName, (g) -> new HashMap<>()), episode);
				byGroup.get(groupName).put(document.language(), this.episodes.save(episode));
			}
		}
	}

	/** Links a translation to the French item of its group, saved before it. */
	private static <T extends TranslatableContent> void translateFrom(Map<Language, T> group, T translation) {
		T source = group.get(Language.DEFAULT);
		if (source != null && translation.getLanguage() != Language.DEFAULT) {
			translation.translates(source);
		}
	}

	private MediaFile image(String name) {
		return file("demo/images/" + name, MediaKind.IMAGE);
	}

	private MediaFile audio(String name) {
		return file("demo/audio/" + name, MediaKind.AUDIO);
	}

	private MediaFile document(String name) {
		return file("demo/documents/" + name, MediaKind.DOCUMENT);
	}

	/** A demo file, added through the same checks as an upload. */
	private MediaFile file(String location, MediaKind kind) {
		return this.mediaByName.computeIfAbsent(location, (key) -> {
			try (InputStream in = new ClassPathResource(location).getInputStream()) {
				return this.media.upload(location.substring(location.lastIndexOf('/') + 1), in, Set.of(kind), null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** The demo files in French first, so translations can name their source. */
	private List<Translated> documents(String pattern) {
		try {
			return Arrays.stream(this.resources.getResources("classpath:" + pattern))
				.map(Translated::of)
				.filter(Objects::nonNull)
				.sorted(Comparator.comparing(Translated::language, FRENCH_FIRST).thenComparing(Translated::fileName))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] bytes(String path) {
		try {
			return this.resources.getResource("classpath:" + path).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing demo file " + path, ex);
		}
	}

	private String text(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	private static UUID group(String kind, String name) {
		return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
	}

	private static Instant brusselsTime(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SiteTime.ZONE).toInstant();
	}

	/** A demo file in one language, named {@code name.lang.md}. */
	/**
	 * What the demo files name, which they must define too.
	 * @throws IllegalStateException when they do not
	 */
	private static <T> T named(@Nullable T found, String name) {
		if (found == null) {
			throw new IllegalStateException("The demo content names " + name + " but does not define it");
		}
		return found;
	}

	private record Translated(String fileName, String name, Language language, DemoDocument document) {

		static @Nullable Translated of(Resource resource) {
			String fileName = resource.getFilename();
			Matcher matcher = FILE_NAME.matcher((fileName != null) ? fileName : "");
			if (fileName == null || !matcher.matches()) {
				return null;
			}
			return new Translated(fileName, matcher.group(1), Language.fromCode(matcher.group(2)).orElseThrow(),
					DemoDocument.read(resource));
		}

	}

}
