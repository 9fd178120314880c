package be.mmmbelgium.site.podcast;

import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.ContentForm;
import be.mmmbelgium.site.content.ImagesInLibrary;

/**
 * An episode as the back-office form edits it: its place in the series, its audio, its
 * show notes and transcript.
 */
class EpisodeForm extends ContentForm {

	/** The series, chosen when the episode is written; its language is the episode's. */
	@NotNull
	private @Nullable Long seriesId;

	@NotNull
	@Min(1)
	@Max(100_000)
	private @Nullable Integer number;

	@Min(1)
	@Max(1000)
	private @Nullable Integer season;

	@Size(max = 500)
	private String excerpt = "";

	@Size(max = 100_000)
	@ImagesInLibrary
	private String showNotes = "";

	@Size(max = 500_000)
	@ImagesInLibrary
	private String transcript = "";

	/** The audio file, from the library or just uploaded. */
	private @Nullable Long audioId;

	/**
	 * Or the address of audio hosted elsewhere, over https, with what feeds must say of
	 * it.
	 */
	@Size(max = 1000)
	@Pattern(regexp = "|https://\\S+", message = "{episode.audioUrl.invalid}")
	private String audioUrl = "";

	@Min(1)
	private @Nullable Long audioByteLength;

	@Pattern(regexp = "|audio/mpeg|audio/x-m4a|audio/mp4", message = "{episode.audioType.invalid}")
	private String audioMediaType = "";

	/** The duration of audio hosted elsewhere, in seconds; a file's own is measured. */
	@Min(1)
	@Max(86_400)
	private @Nullable Integer durationSeconds;

	static EpisodeForm of(Episode episode) {
		EpisodeForm form = new EpisodeForm();
		form.fill(episode);
		form.seriesId = episode.getSeries().getId();
		form.number = episode.getNumber();
		form.season = episode.getSeason();
		form.excerpt = episode.getExcerpt();
		form.showNotes = episode.getShowNotes().getMarkdown();
		form.transcript = episode.getTranscript().getMarkdown();
		form.audioId = episode.getAudioFile() == null ? null : episode.getAudioFile().getId();
		if (episode.getAudioUrl() != null) {
			form.audioUrl = episode.getAudioUrl();
			form.audioByteLength = episode.getAudioByteLength();
			form.audioMediaType = Objects.requireNonNullElse(episode.getAudioMediaType(), "");
			form.durationSeconds = episode.getDurationSeconds();
		}
		return form;
	}

	public @Nullable Long getSeriesId() {
		return this.seriesId;
	}

	public void setSeriesId(@Nullable Long seriesId) {
		this.seriesId = seriesId;
	}

	public @Nullable Integer getNumber() {
		return this.number;
	}

	public void setNumber(@Nullable Integer number) {
		this.number = number;
	}

	public @Nullable Integer getSeason() {
		return this.season;
	}

	public void setSeason(@Nullable Integer season) {
		this.season = season;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public void setExcerpt(@Nullable String excerpt) {
		this.excerpt = excerpt == null ? "" : excerpt.strip();
	}

	public String getShowNotes() {
		return this.showNotes;
	}

	public void setShowNotes(@Nullable String showNotes) {
		this.showNotes = showNotes == null ? "" : showNotes;
	}

	public String getTranscript() {
		return this.transcript;
	}

	public void setTranscript(@Nullable String transcript) {
		this.transcript = transcript == null ? "" : transcript;
	}

	public @Nullable Long getAudioId() {
		return this.audioId;
	}

	public void setAudioId(@Nullable Long audioId) {
		this.audioId = audioId;
	}

	public String getAudioUrl() {
		return this.audioUrl;
	}

	public void setAudioUrl(@Nullable String audioUrl) {
		this.audioUrl = audioUrl == null ? "" : audioUrl.strip();
	}

	public @Nullable Long getAudioByteLength() {
		return this.audioByteLength;
	}

	public void setAudioByteLength(@Nullable Long audioByteLength) {
		this.audioByteLength = audioByteLength;
	}

	public String getAudioMediaType() {
		return this.audioMediaType;
	}

	public void setAudioMediaType(@Nullable String audioMediaType) {
		this.audioMediaType = audioMediaType == null ? "" : audioMediaType.strip();
	}

	public @Nullable Integer getDurationSeconds() {
		return this.durationSeconds;
	}

	public void setDurationSeconds(@Nullable Integer durationSeconds) {
		this.durationSeconds = durationSeconds;
	}

	/** Whether the form names audio hosted elsewhere rather than a file. */
	boolean hasAudioUrl() {
		return this.audioId == null && !this.audioUrl.isEmpty();
	}

}
