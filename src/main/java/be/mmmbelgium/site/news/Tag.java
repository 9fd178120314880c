package be.mmmbelgium.site.news;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import be.mmmbelgium.site.caching.ContentVersion;
import be.mmmbelgium.site.web.Language;

/**
 * A subject news posts are filed under, in one language; its translations share a group.
 */
@Entity
@EntityListeners(ContentVersion.Listener.class)
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private UUID translationGroup;

	@Column(nullable = false, updatable = false)
	private Language language;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Version
	private long version;

	protected Tag() {
	}

	public Tag(UUID translationGroup, Language language, String slug, String name) {
		this.translationGroup = Objects.requireNonNull(translationGroup);
		this.language = Objects.requireNonNull(language);
		this.slug = Objects.requireNonNull(slug);
		this.name = Objects.requireNonNull(name);
	}

	public Long getId() {
		return this.id;
	}

	public UUID getTranslationGroup() {
		return this.translationGroup;
	}

	public Language getLanguage() {
		return this.language;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Tag tag && this.id != null && this.id.equals(tag.id));
	}

	@Override
	public int hashCode() {
		return Tag.class.hashCode();
	}

}
