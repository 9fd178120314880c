package be.mmmbelgium.site.content;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import be.mmmbelgium.site.system.SiteTime;
import be.mmmbelgium.site.web.SitePaths;

/**
 * What the back-office form of every kind of content holds: the title, the address
 * (slug), when it should appear, and the version the form was opened on, so that a save
 * over someone else's change is noticed. Each kind's form adds its own fields.
 */
public abstract class ContentForm {

	@NotBlank
	@Size(max = 200)
	private String title = "";

	/** Made from the title when left empty. */
	@Size(max = 200)
	@Pattern(regexp = "|" + SitePaths.SLUG_PATTERN, message = "{news.slug.invalid}")
	private String slug = "";

	/**
	 * When the item should appear, in Brussels: planned by its writer on a draft, decided
	 * by whoever publishes it; empty for now.
	 */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private @Nullable LocalDateTime publishAt;

	private @Nullable Long version;

	/**
	 * The version of the changes prepared for a published item that the form shows, if it
	 * shows any, so that a save over someone else's changes is noticed too.
	 */
	private @Nullable Long pendingVersion;

	/** Fills what every form shows of an item as it is saved. */
	protected void fill(TranslatableContent item) {
		this.title = item.getTitle();
		this.slug = item.slugFollowsTitle() ? "" : item.getSlug();
		this.publishAt = item.getPublishedAt() == null ? null
				: LocalDateTime.ofInstant(item.getPublishedAt(), SiteTime.ZONE);
		this.version = item.getVersion();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title.strip();
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(@Nullable String slug) {
		this.slug = slug == null ? "" : slug.strip();
	}

	public @Nullable LocalDateTime getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(@Nullable LocalDateTime publishAt) {
		this.publishAt = publishAt;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	public @Nullable Long getPendingVersion() {
		return this.pendingVersion;
	}

	public void setPendingVersion(@Nullable Long pendingVersion) {
		this.pendingVersion = pendingVersion;
	}

}
