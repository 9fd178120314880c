package be.mmmbelgium.site.news;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.caching.PublicTable;

/**
 * The tables of news that public pages read, for the version of the site: the posts, and
 * the tags of the posts the public sees.
 */
@Configuration(proxyBeanMethods = false)
class NewsPublicTables {

	@Bean
	PublicTable publicNewsPosts() {
		return PublicTable.publishedContent("news_post");
	}

	/** A tag shows on the public site only while a visible post carries it. */
	@Bean
	PublicTable publicTags() {
		return new PublicTable("tag", true, null, null,
				"exists (select 1 from news_post_tag pt join news_post on news_post.id = pt.post_id"
						+ " where pt.tag_id = tag.id and " + PublicTable.isPublished("news_post") + ")");
	}

}
