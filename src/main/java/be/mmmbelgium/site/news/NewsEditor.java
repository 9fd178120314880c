package be.mmmbelgium.site.news;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.content.ContentEditing;
import be.mmmbelgium.site.content.ContentEditor;
import be.mmmbelgium.site.content.MarkdownRenderer;
import be.mmmbelgium.site.content.Revision;
import be.mmmbelgium.site.content.RevisionDetails;
import be.mmmbelgium.site.content.WorkflowStage;
import be.mmmbelgium.site.media.Attachments;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.system.LikePattern;
import be.mmmbelgium.site.system.SiteTime;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;
import be.mmmbelgium.site.web.Slugs;

/**
 * Writing news in the back-office: contributors write and correct their own drafts,
 * editors change any post and decide when it is published. What all content shares
 * (revisions, translations, publication, trash) is in {@link ContentEditor}.
 */
@Service
@Transactional
public class NewsEditor extends ContentEditor<NewsPost, NewsPostForm> {

	/** How revisions name news posts. */
	static final String CONTENT_TYPE = "news";

	private final NewsPostRepository posts;

	private final MarkdownRenderer markdown;

	private final SitePaths paths;

	private final TagRepository tags;

	private final MediaLibrary media;

	private final Attachments attachments;

	NewsEditor(NewsPostRepository posts, ContentEditing editing, MarkdownRenderer markdown, SitePaths paths,
			TagRepository tags, MediaLibrary media, Attachments attachments) {
		super(posts, editing);
		this.attachments = attachments;
		this.posts = posts;
		this.markdown = markdown;
		this.paths = paths;
		this.tags = tags;
		this.media = media;
	}

	@Override
	protected void load(NewsPost post) {
		Hibernate.initialize(post.getCover());
		Hibernate.initialize(post.getTags());
		Attachments.load(post);
	}

	@Override
	protected String formPath(NewsPost item) {
		return NewsAdminController.PATH + "/" + item.getId();
	}

	@Override
	protected String contentType() {
		return CONTENT_TYPE;
	}

	/**
	 * The posts of a language (or all), at a stage (or any but the trash), with a subject
	 * (or any), searched by title; the most recently changed first.
	 */
	@Transactional(readOnly = true)
	public Page<NewsPost> list(@Nullable Language language, @Nullable String search, @Nullable WorkflowStage stage,
			@Nullable String tag, Pageable pageable) {
		return this.posts.findForBackOffice(language, LikePattern.containing(search), WorkflowStage.statusOf(stage),
				WorkflowStage.submittedOf(stage), WorkflowStage.scheduledOf(stage), now(),
				tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT), pageable);
	}

	@Override
	protected NewsPost newItem(NewsPostForm form, String slug) {
		return new NewsPost(form.getLanguage(), slug, form.getTitle().strip());
	}

	@Override
	protected String defaultSlug() {
		return "actualite";
	}

	@Override
	protected NewsPost newTranslation(NewsPost source, Language language, String slug) {
		NewsPost translation = new NewsPost(source.getTranslationGroup(), language, slug, source.getTitle());
		translation.setExcerpt(source.getExcerpt());
		translation.setBody(source.getBody());
		translation.setCover(source.getCover(), source.getCoverAlt(), source.getCoverCaption());
		Attachments.copy(source, translation);
		return translation;
	}

	@Override
	protected Revision.Snapshot snapshot(NewsPost post) {
		RevisionDetails details = RevisionDetails.start();
		if (post.getCover() != null) {
			details.with("cover", post.getCover().getId() + " " + post.getCover().getOriginalFilename())
				.with("coverAlt", post.getCoverAlt())
				.with("coverCaption", post.getCoverCaption());
		}
		Attachments.addTo(details, post);
		post.getTags().stream().map(Tag::getName).sorted().forEach((name) -> details.with("tag", name));
		return new Revision.Snapshot(post.getTitle(), post.getSlug(), post.getExcerpt(), post.getBody().getMarkdown(),
				details.text());
	}

	/**
	 * Brings back the text, and the cover, documents and subjects of files still in the
	 * library.
	 */
	@Override
	protected void restoreText(NewsPost post, Revision.Snapshot snapshot) {
		post.setExcerpt(snapshot.summary());
		post.setBody(this.markdown.render(snapshot.bodyMarkdown()));
		if (snapshot.details().isEmpty()) {
			return;
		}
		Map<String, List<String>> details = RevisionDetails.parse(snapshot.details());
		MediaFile cover = RevisionDetails.first(details, "cover")
			.flatMap(RevisionDetails::idOf)
			.flatMap(this.media::find)
			.orElse(null);
		String alt = RevisionDetails.first(details, "coverAlt").orElse(null);
		post.setCover(alt == null || alt.isBlank() ? null : cover, alt,
				RevisionDetails.first(details, "coverCaption").orElse(null));
		this.attachments.restore(post, details);
		post.getTags().clear();
		details.getOrDefault("tag", List.of()).forEach((name) -> post.tag(tagNamed(post.getLanguage(), name)));
	}

	@Override
	protected String publicPath(NewsPost post, String slug) {
		return this.paths.newsPost(post.getLanguage(), slug);
	}

	@Override
	protected void apply(NewsPostForm form, NewsPost post) {
		post.planFor(form.getPublishAt() == null ? null : form.getPublishAt().atZone(SiteTime.ZONE).toInstant());
		post.setExcerpt(form.getExcerpt() == null ? "" : form.getExcerpt().strip());
		post.setBody(this.markdown.render(form.getBody()));
		post.getTags().clear();
		form.tagNames().forEach((name) -> post.tag(tagNamed(post.getLanguage(), name)));
		post.setCover(form.getCoverId() == null ? null : this.media.get(form.getCoverId()), form.getCoverAlt(),
				form.getCoverCaption());
		this.attachments.apply(form, post);
	}

	/** The subject of that name in a language, created when it is new. */
	private Tag tagNamed(Language language, String name) {
		return this.tags.findFirstByLanguageAndNameIgnoreCase(language, name).orElseGet(() -> {
			String base = Slugs.fromTitle(name).isEmpty() ? "sujet" : Slugs.fromTitle(name);
			String slug = base;
			for (int n = 2; this.tags.existsByLanguageAndSlug(language, slug); n++) {
				slug = base + "-" + n;
			}
			return this.tags.save(new Tag(UUID.randomUUID(), language, slug, name));
		});
	}

	/** The names of all subjects, each once, for the list's filter. */
	@Transactional(readOnly = true)
	public List<String> tagNames() {
		return this.tags.findAll()
			.stream()
			.map(Tag::getName)
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.distinct()
			.sorted()
			.toList();
	}

	/** The subjects of a language, for the form to suggest. */
	@Transactional(readOnly = true)
	public List<Tag> tagsOf(Language language) {
		return this.tags.findByLanguageOrderByName(language);
	}

}
