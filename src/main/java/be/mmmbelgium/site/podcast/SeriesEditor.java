package be.mmmbelgium.site.podcast;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.content.ContentEditing;
import be.mmmbelgium.site.content.ContentEditor;
import be.mmmbelgium.site.content.ListFilter;
import be.mmmbelgium.site.content.MarkdownRenderer;
import be.mmmbelgium.site.content.NotPublishableException;
import be.mmmbelgium.site.content.Revision;
import be.mmmbelgium.site.content.RevisionDetails;
import be.mmmbelgium.site.content.Revisions;
import be.mmmbelgium.site.content.Status;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * The settings of podcast series, which editors keep: what podcast apps show of a series.
 * A cover must be square, from 1400 to 3000 pixels wide, as Apple Podcasts asks.
 */
@Service
@Transactional
public class SeriesEditor extends ContentEditor<PodcastSeries, SeriesForm> {

	static final String CONTENT_TYPE = "series";

	/** The sides of a podcast cover, in pixels, that podcast directories accept. */
	static final int MIN_COVER = 1400;

	static final int MAX_COVER = 3000;

	private final MarkdownRenderer markdown;

	private final MediaLibrary media;

	private final SitePaths paths;

	private final PodcastSeriesRepository series;

	private final EpisodeRepository episodes;

	private final Revisions revisions;

	SeriesEditor(PodcastSeriesRepository series, EpisodeRepository episodes, ContentEditing editing,
			MarkdownRenderer markdown, MediaLibrary media, SitePaths paths) {
		super(series, editing);
		this.series = series;
		this.episodes = episodes;
		this.revisions = editing.revisions();
		this.markdown = markdown;
		this.media = media;
		this.paths = paths;
	}

	@Override
	protected void load(PodcastSeries post) {
		Hibernate.initialize(post.getCover());
	}

	@Override
	protected String formPath(PodcastSeries item) {
		return SeriesAdminController.PATH + "/" + item.getId();
	}

	@Override
	protected String contentType() {
		return CONTENT_TYPE;
	}

	@Override
	protected Role writer() {
		return Role.EDITOR;
	}

	@Transactional(readOnly = true)
	public List<PodcastSeries> all() {
		return this.series.findAllByOrderByLanguageAscTitleAsc();
	}

	/** The series the back-office list's filter accepts, by language and title. */
	@Transactional(readOnly = true)
	public List<PodcastSeries> list(ListFilter filter) {
		Instant now = now();
		return all().stream().filter((series) -> filter.accepts(series, now)).toList();
	}

	@Override
	protected PodcastSeries newItem(SeriesForm form, String slug) {
		return new PodcastSeries(UUID.randomUUID(), form.getLanguage(), slug, form.getTitle(), form.getAudioLanguage());
	}

	@Override
	protected String defaultSlug() {
		return "podcast";
	}

	/**
	 * Whether an image may be a podcast cover: square, within the sizes directories
	 * accept.
	 */
	static boolean isPodcastCover(MediaFile image) {
		return image.isImage() && image.getWidth() != null && image.getWidth().equals(image.getHeight())
				&& image.getWidth() >= MIN_COVER && image.getWidth() <= MAX_COVER;
	}

	@Override
	protected void apply(SeriesForm form, PodcastSeries target) {
		target.setSummary(form.getSummary());
		target.setDescription(this.markdown.render(form.getDescription()));
		target.setDirectoryDetails(form.getAuthor(), form.getOwnerName().isBlank() ? null : form.getOwnerName(),
				form.getOwnerEmail());
		target.categorise(form.getCategory(), form.getSubcategory().isBlank() ? null : form.getSubcategory());
		target.setExplicit(form.isExplicit());
		target.setAudioLanguage(form.getAudioLanguage());
		target.setCover(form.getCoverId() == null ? null : this.media.get(form.getCoverId()));
	}

	@Override
	protected Revision.Snapshot snapshot(PodcastSeries item) {
		RevisionDetails details = RevisionDetails.start()
			.with("author", item.getAuthor())
			.with("ownerName", item.getOwnerName())
			.with("ownerEmail", item.getOwnerEmail())
			.with("cover",
					item.getCover() == null ? null
							: item.getCover().getId() + " " + item.getCover().getOriginalFilename())
			.with("category", item.getCategory())
			.with("subcategory", item.getSubcategory())
			.with("explicit", item.isExplicit())
			.with("audioLanguage", item.getAudioLanguage().code());
		return new Revision.Snapshot(item.getTitle(), item.getSlug(), item.getSummary(),
				item.getDescription().getMarkdown(), details.text());
	}

	/**
	 * Brings back the text and the settings; the cover when that file is still in the
	 * library.
	 */
	@Override
	protected void restoreText(PodcastSeries item, Revision.Snapshot snapshot) {
		item.setSummary(snapshot.summary());
		item.setDescription(this.markdown.render(snapshot.bodyMarkdown()));
		Map<String, List<String>> details = RevisionDetails.parse(snapshot.details());
		if (details.isEmpty()) {
			return;
		}
		item.setDirectoryDetails(RevisionDetails.first(details, "author").orElse(""),
				RevisionDetails.first(details, "ownerName").orElse(null),
				RevisionDetails.first(details, "ownerEmail").orElse(null));
		item.categorise(RevisionDetails.first(details, "category").orElse(null),
				RevisionDetails.first(details, "subcategory").orElse(null));
		item.setExplicit(RevisionDetails.first(details, "explicit").map(Boolean::parseBoolean).orElse(false));
		RevisionDetails.first(details, "audioLanguage").flatMap(Language::fromCode).ifPresent(item::setAudioLanguage);
		item.setCover(RevisionDetails.first(details, "cover")
			.flatMap(RevisionDetails::idOf)
			.flatMap(this.media::find)
			.orElse(null));
	}

	@Override
	protected PodcastSeries newTranslation(PodcastSeries source, Language language, String slug) {
		PodcastSeries translation = new PodcastSeries(source.getTranslationGroup(), language, slug, source.getTitle(),
				source.getAudioLanguage());
		translation.setSummary(source.getSummary());
		translation.setDescription(source.getDescription());
		translation.setDirectoryDetails(source.getAuthor(), source.getOwnerName(), source.getOwnerEmail());
		translation.categorise(source.getCategory(), source.getSubcategory());
		translation.setExplicit(source.isExplicit());
		translation.setCover(source.getCover());
		return translation;
	}

	/** Apple Podcasts and Spotify refuse a show without its square artwork. */
	@Override
	protected void requirePublishable(PodcastSeries item) {
		if (item.getCover() == null) {
			throw new NotPublishableException("podcast.cover.required");
		}
	}

	/** A series stays in the trash while it has episodes outside it. */
	@Override
	protected boolean mayDelete(PodcastSeries item) {
		return this.episodes.findBySeries(item).stream().allMatch((episode) -> episode.getStatus() == Status.TRASHED);
	}

	/**
	 * A series deleted for good takes its trashed episodes with it; their addresses
	 * answer 410 too.
	 */
	@Override
	protected void beforeDelete(PodcastSeries item, AccountPrincipal who) {
		for (Episode episode : this.episodes.findBySeries(item)) {
			recordDeleted(
					EpisodeEditor.CONTENT_TYPE + " " + episode.getId() + " " + episode.getLanguage().code() + "/"
							+ item.getSlug() + "/" + episode.getSlug(),
					episode.allSlugs()
						.stream()
						.map((slug) -> this.paths.episode(item.getLanguage(), item.getSlug(), slug))
						.toList(),
					who);
			this.revisions.forget(EpisodeEditor.CONTENT_TYPE, episode.getId());
			this.episodes.delete(episode);
		}
		this.episodes.flush();
	}

	@Override
	protected String publicPath(PodcastSeries item, String slug) {
		return this.paths.series(item.getLanguage(), slug);
	}

}
