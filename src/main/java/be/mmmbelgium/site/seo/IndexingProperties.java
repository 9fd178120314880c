package be.mmmbelgium.site.seo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether search engines may index the site, under {@code mmm.indexing}: false on a
 * staging copy, which then asks every robot to stay away.
 *
 * @param enabled whether the site may be indexed
 */
@ConfigurationProperties("mmm.indexing")
public record IndexingProperties(@DefaultValue("true") boolean enabled) {
}
