package be.mmmbelgium.site.podcast;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import be.mmmbelgium.site.content.NotPublishableException;
import be.mmmbelgium.site.content.Revision;
import be.mmmbelgium.site.content.RevisionDetails;
import be.mmmbelgium.site.content.WorkflowStage;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.system.LikePattern;
import be.mmmbelgium.site.web.ContentNotFoundException;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.SitePaths;

/**
 * Writing podcast episodes: contributors write their own drafts, editors publish. An
 * episode belongs to a series of its language; its number is unique in its season.
 */
@Service
@Transactional
public class EpisodeEditor extends ContentEditor<Episode, EpisodeForm> {

	static final String CONTENT_TYPE = "episode";

	private final EpisodeRepository episodes;

	private final PodcastSeriesRepository series;

	private final MarkdownRenderer markdown;

	private final MediaLibrary media;

	private final SitePaths paths;

	EpisodeEditor(EpisodeRepository episodes, PodcastSeriesRepository series, ContentEditing editing,
			MarkdownRenderer markdown, MediaLibrary media, SitePaths paths) {
		super(episodes, editing);
		this.episodes = episodes;
		this.series = series;
		this.markdown = markdown;
		this.media = media;
		this.paths = paths;
	}

	@Override
	protected void load(Episode post) {
		Hibernate.initialize(post.getSeries());
		// Its page shows the series' cover when it has none of its own (the preview too).
		Hibernate.initialize(post.getSeries().getCover());
		Hibernate.initialize(post.getAudioFile());
	}

	@Override
	protected String formPath(Episode item) {
		return EpisodeAdminController.PATH + "/" + item.getId();
	}

	@Override
	protected String contentType() {
		return CONTENT_TYPE;
	}

	@Transactional(readOnly = true)
	public Page<Episode> list(@Nullable Long seriesId, @Nullable Language language, @Nullable String search,
			@Nullable WorkflowStage stage, Pageable pageable) {
		PodcastSeries inSeries = seriesId == null ? null : this.series.findById(seriesId).orElse(null);
		return this.episodes.findForBackOffice(inSeries, language, LikePattern.containing(search),
				WorkflowStage.statusOf(stage), WorkflowStage.submittedOf(stage), WorkflowStage.scheduledOf(stage),
				now(), pageable);
	}

	/**
	 * An episode without its sound would be an empty entry in podcast apps: it waits for
	 * it.
	 */
	@Override
	protected void requirePublishable(Episode episode) {
		if (!episode.hasAudio()) {
			throw new NotPublishableException("episode.audio.required");
		}
	}

	@Override
	protected Episode newItem(EpisodeForm form, String slug) {
		return new Episode(UUID.randomUUID(), seriesOf(form), slug, form.getTitle(), validNumber(form));
	}

	@Override
	protected String defaultSlug() {
		return "episode";
	}

	/** No two episodes of a series have the same number in the same season. */
	@Override
	protected void checkChange(Episode episode, EpisodeForm form) {
		requireNumberFree(episode.getSeries(), form, episode.getId());
	}

	private PodcastSeries seriesOf(EpisodeForm form) {
		Long seriesId = Objects.requireNonNull(form.getSeriesId(), "a valid form names its series");
		return this.series.findById(seriesId).orElseThrow(() -> new ContentNotFoundException("Series"));
	}

	/** The number of a form that passed validation, which requires one. */
	private static int validNumber(EpisodeForm form) {
		return Objects.requireNonNull(form.getNumber(), "a valid form has a number");
	}

	private void requireNumberFree(PodcastSeries inSeries, EpisodeForm form, @Nullable Long id) {
		boolean taken = id == null
				? this.episodes.existsBySeriesAndSeasonAndNumber(inSeries, form.getSeason(), validNumber(form))
				: this.episodes.existsBySeriesAndSeasonAndNumberAndIdNot(inSeries, form.getSeason(), validNumber(form),
						id);
		if (taken) {
			throw new NumberTaken();
		}
	}

	@Override
	protected void apply(EpisodeForm form, Episode episode) {
		episode.renumber(validNumber(form), form.getSeason());
		episode.setExcerpt(form.getExcerpt());
		episode.setShowNotes(this.markdown.render(form.getShowNotes()));
		episode.setTranscript(this.markdown.render(form.getTranscript()));
		if (form.getAudioId() != null) {
			episode.setAudio(this.media.get(form.getAudioId()));
		}
		else if (form.hasAudioUrl()) {
			// Receiving the form measured the length and type, or refused it, and
			// required
			// the duration.
			episode.setAudio(form.getAudioUrl(), Objects.requireNonNull(form.getAudioByteLength()),
					form.getAudioMediaType(), Objects.requireNonNull(form.getDurationSeconds()));
		}
	}

	/**
	 * A translation goes to the series of its language, which must be translated first.
	 * @throws SeriesNotTranslated when the series has no translation in that language
	 */
	@Override
	protected Episode newTranslation(Episode source, Language language, String slug) {
		PodcastSeries target = this.series
			.findByTranslationGroupAndLanguage(source.getSeries().getTranslationGroup(), language)
			.orElseThrow(SeriesNotTranslated::new);
		Episode translation = new Episode(source.getTranslationGroup(), target, slug, source.getTitle(),
				source.getNumber());
		translation.renumber(source.getNumber(), source.getSeason());
		translation.setExcerpt(source.getExcerpt());
		translation.setShowNotes(source.getShowNotes());
		translation.setTranscript(source.getTranscript());
		if (source.getAudioFile() != null) {
			translation.setAudio(source.getAudioFile());
		}
		return translation;
	}

	@Override
	protected Revision.Snapshot snapshot(Episode episode) {
		RevisionDetails details = RevisionDetails.start()
			.with("number", episode.getNumber())
			.with("season", episode.getSeason());
		if (episode.getAudioFile() != null) {
			details.with("audio", episode.getAudioFile().getId() + " " + episode.getAudioFile().getOriginalFilename());
		}
		else if (episode.getAudioUrl() != null) {
			details.with("audioUrl", episode.getAudioUrl())
				.with("audioByteLength", episode.getAudioByteLength())
				.with("audioMediaType", episode.getAudioMediaType())
				.with("duration", episode.getDurationSeconds());
		}
		return new Revision.Snapshot(episode.getTitle(), episode.getSlug(), episode.getExcerpt(),
				episode.getShowNotes().getMarkdown() + TRANSCRIPT_SEPARATOR + episode.getTranscript().getMarkdown(),
				details.text());
	}

	private static Optional<Integer> number(String value) {
		return value.matches("[0-9]{1,9}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
	}

	/** Separates the show notes from the transcript in a revision's text. */
	static final String TRANSCRIPT_SEPARATOR = "\n\n<!-- transcript -->\n\n";

	@Override
	protected void restoreText(Episode episode, Revision.Snapshot snapshot) {
		String text = snapshot.bodyMarkdown();
		int separator = text.indexOf(TRANSCRIPT_SEPARATOR);
		episode.setExcerpt(snapshot.summary());
		episode.setShowNotes(this.markdown.render(separator < 0 ? text : text.substring(0, separator)));
		episode.setTranscript(
				this.markdown.render(separator < 0 ? "" : text.substring(separator + TRANSCRIPT_SEPARATOR.length())));
		Map<String, List<String>> details = RevisionDetails.parse(snapshot.details());
		Optional<Integer> number = RevisionDetails.first(details, "number").flatMap(EpisodeEditor::number);
		if (number.isPresent()) {
			episode.renumber(number.get(),
					RevisionDetails.first(details, "season").flatMap(EpisodeEditor::number).orElse(null));
		}
		// The audio file it played, when that file is still in the library, or the
		// address it had.
		Optional<String> audioUrl = RevisionDetails.first(details, "audioUrl");
		RevisionDetails.first(details, "audio")
			.flatMap(RevisionDetails::idOf)
			.flatMap(this.media::find)
			.ifPresentOrElse(episode::setAudio,
					() -> audioUrl.ifPresent((url) -> episode.setAudio(url,
							RevisionDetails.first(details, "audioByteLength").map(Long::parseLong).orElse(0L),
							RevisionDetails.first(details, "audioMediaType").orElse("audio/mpeg"),
							RevisionDetails.first(details, "duration").flatMap(EpisodeEditor::number).orElse(0))));
	}

	@Override
	protected String publicPath(Episode episode, String slug) {
		return this.paths.episode(episode.getLanguage(), episode.getSeries().getSlug(), slug);
	}

	/** Another episode of the series has this number in this season. */
	static class NumberTaken extends RuntimeException {

		NumberTaken() {
			super("Episode number taken");
		}

	}

	/** The series has no translation in the language asked for. */
	static class SeriesNotTranslated extends RuntimeException {

		SeriesNotTranslated() {
			super("Series not translated");
		}

	}

}
