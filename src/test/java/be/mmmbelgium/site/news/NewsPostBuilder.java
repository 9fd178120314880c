package be.mmmbelgium.site.news;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.test.Builders;
import be.mmmbelgium.site.web.Language;

/**
 * Builds news posts for tests: {@code post().slug("x").publishedAt(instant).build()}. A
 * post is published a day before {@link Builders#NOW} unless told otherwise.
 */
public final class NewsPostBuilder {

	private UUID group = UUID.randomUUID();

	private Language language = Language.FR;

	private String slug = "post-" + UUID.randomUUID().toString().substring(0, 8);

	private String title = "Une actualité";

	private String excerpt = "En bref.";

	private String body = "Le **texte** de l’actualité.";

	private Instant publishedAt = Builders.NOW.minus(Duration.ofDays(1));

	private boolean draft;

	private MediaFile cover;

	private final List<Tag> tags = new ArrayList<>();

	private NewsPost source;

	private NewsPostBuilder() {
	}

	public static NewsPostBuilder post() {
		return new NewsPostBuilder();
	}

	public NewsPostBuilder in(Language language) {
		this.language = language;
		return this;
	}

	/** A translation of {@code source}, which must be saved already. */
	public NewsPostBuilder translating(NewsPost source) {
		this.group = source.getTranslationGroup();
		this.source = source;
		return this;
	}

	public NewsPostBuilder slug(String slug) {
		this.slug = slug;
		return this;
	}

	public NewsPostBuilder title(String title) {
		this.title = title;
		return this;
	}

	public NewsPostBuilder excerpt(String excerpt) {
		this.excerpt = excerpt;
		return this;
	}

	public NewsPostBuilder body(String markdown) {
		this.body = markdown;
		return this;
	}

	public NewsPostBuilder publishedAt(Instant instant) {
		this.publishedAt = instant;
		this.draft = false;
		return this;
	}

	public NewsPostBuilder draft() {
		this.draft = true;
		return this;
	}

	public NewsPostBuilder cover(MediaFile cover) {
		this.cover = cover;
		return this;
	}

	public NewsPostBuilder tagged(Tag tag) {
		this.tags.add(tag);
		return this;
	}

	public NewsPost build() {
		NewsPost post = new NewsPost(this.group, this.language, this.slug, this.title);
		post.setExcerpt(this.excerpt);
		post.setBody(Builders.MARKDOWN.render(this.body));
		if (this.cover != null) {
			post.setCover(this.cover, "Une illustration", null);
		}
		this.tags.forEach(post::tag);
		if (!this.draft) {
			post.publish(this.publishedAt);
		}
		if (this.source != null) {
			post.translates(this.source);
		}
		return post;
	}

}
