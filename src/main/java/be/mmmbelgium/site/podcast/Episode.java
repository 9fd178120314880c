package be.mmmbelgium.site.podcast;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.jspecify.annotations.Nullable;

import be.mmmbelgium.site.content.MarkdownText;
import be.mmmbelgium.site.content.SearchText;
import be.mmmbelgium.site.content.TranslatableContent;
import be.mmmbelgium.site.media.MediaFile;

/**
 * An episode of a podcast series, presented in the language of its series.
 * <p>
 * Its audio is either a file of the media library or the address of a file hosted
 * elsewhere; either way the byte length and type are kept, as podcast feeds require.
 */
@Entity
public class Episode extends TranslatableContent {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PodcastSeries series;

	private int number;

	private @Nullable Integer season;

	@Column(nullable = false)
	private String excerpt = "";

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "markdown", column = @Column(name = "show_notes_markdown")),
			@AttributeOverride(name = "html", column = @Column(name = "show_notes_html")) })
	private MarkdownText showNotes = MarkdownText.empty();

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "markdown", column = @Column(name = "transcript_markdown")),
			@AttributeOverride(name = "html", column = @Column(name = "transcript_html")) })
	private MarkdownText transcript = MarkdownText.empty();

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable MediaFile audioFile;

	private @Nullable String audioUrl;

	private @Nullable Long audioByteLength;

	private @Nullable String audioMediaType;

	private @Nullable Integer durationSeconds;

	@ElementCollection
	@CollectionTable(name = "episode_slug_alias", joinColumns = @JoinColumn(name = "episode_id"))
	@Column(name = "slug")
	private Set<String> oldSlugs = new HashSet<>();

	protected Episode() {
	}

	public Episode(UUID translationGroup, PodcastSeries series, String slug, String title, int number) {
		super(translationGroup, series.getLanguage(), slug, title);
		this.series = series;
		this.number = number;
	}

	public PodcastSeries getSeries() {
		return this.series;
	}

	public int getNumber() {
		return this.number;
	}

	/** Gives the episode its place in the series. */
	public void renumber(int number, @Nullable Integer season) {
		if (number < 1 || (season != null && season < 1)) {
			throw new IllegalArgumentException("Episode and season numbers start at 1");
		}
		this.number = number;
		this.season = season;
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
		this.excerpt = excerpt == null ? "" : excerpt;
	}

	public MarkdownText getShowNotes() {
		return this.showNotes;
	}

	public void setShowNotes(MarkdownText showNotes) {
		this.showNotes = showNotes;
	}

	public MarkdownText getTranscript() {
		return this.transcript;
	}

	public void setTranscript(MarkdownText transcript) {
		this.transcript = transcript;
	}

	/** Audio from the media library; its length, type and duration come with it. */
	public void setAudio(MediaFile file) {
		this.audioFile = Objects.requireNonNull(file);
		this.audioUrl = null;
		this.audioByteLength = file.getByteLength();
		this.audioMediaType = file.getMediaType();
		this.durationSeconds = file.getDurationSeconds();
	}

	/** Audio hosted elsewhere, described by hand; only an https address is accepted. */
	public void setAudio(String url, long byteLength, String mediaType, int durationSeconds) {
		if (!isHttpsUrl(url)) {
			throw new IllegalArgumentException("Audio hosted elsewhere needs an https address");
		}
		this.audioFile = null;
		this.audioUrl = url;
		this.audioByteLength = byteLength;
		this.audioMediaType = Objects.requireNonNull(mediaType);
		this.durationSeconds = durationSeconds;
	}

	public @Nullable MediaFile getAudioFile() {
		return this.audioFile;
	}

	public @Nullable String getAudioUrl() {
		return this.audioUrl;
	}

	public @Nullable Long getAudioByteLength() {
		return this.audioByteLength;
	}

	public @Nullable String getAudioMediaType() {
		return this.audioMediaType;
	}

	public @Nullable Integer getDurationSeconds() {
		return this.durationSeconds;
	}

	/** The format of the audio as listeners know it, such as MP3. */
	public String getAudioFormat() {
		if (this.audioMediaType == null) {
			return "";
		}
		return switch (this.audioMediaType) {
			case "audio/mpeg" -> "MP3";
			case "audio/mp4", "audio/x-m4a", "audio/m4a" -> "M4A";
			default -> this.audioMediaType.substring(this.audioMediaType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
		};
	}

	private static boolean isHttpsUrl(String url) {
		try {
			URI uri = new URI(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		}
		catch (URISyntaxException | NullPointerException ex) {
			return false;
		}
	}

	public boolean hasAudio() {
		return this.audioFile != null || this.audioUrl != null;
	}

	@Override
	protected String searchableText() {
		return SearchText.join(this.excerpt, SearchText.plain(this.showNotes.getHtml()),
				SearchText.plain(this.transcript.getHtml()));
	}

	@Override
	protected Set<String> oldSlugs() {
		return this.oldSlugs;
	}

}
