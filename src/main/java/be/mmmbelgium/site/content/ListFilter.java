package be.mmmbelgium.site.content;

import java.time.Instant;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import be.mmmbelgium.site.web.Language;

/**
 * What every back-office list of content is filtered by: a language (or all), words of
 * the title (or none), and a stage (or every stage but the trash). Bound from the list's
 * query; a kind adds its own filters beside it (a post's subject, an episode's series).
 *
 * @param language the items' language, or null for all
 * @param q what their title holds, never null (blank for any)
 * @param stage their stage, or null for any but the trash
 */
public record ListFilter(Language language, String q, WorkflowStage stage) {

	public ListFilter {
		q = q == null ? "" : q.strip();
	}

	/**
	 * Whether an item passes the filter at an instant, for lists read whole and filtered
	 * here.
	 */
	public boolean accepts(TranslatableContent item, Instant now) {
		return (this.language == null || item.getLanguage() == this.language)
				&& (this.stage == null ? item.getStatus() != Status.TRASHED : WorkflowStage.of(item, now) == this.stage)
				&& (this.q.isEmpty() || SearchText.fold(item.getTitle()).contains(SearchText.fold(this.q)));
	}

	/**
	 * The list's address with this filter in its query, for its pages and for coming back
	 * to it.
	 */
	public UriComponentsBuilder addTo(UriComponentsBuilder address) {
		return address.queryParamIfPresent("language", Optional.ofNullable(this.language))
			.queryParamIfPresent("q", Optional.of(this.q).filter((text) -> !text.isEmpty()))
			.queryParamIfPresent("stage", Optional.ofNullable(this.stage));
	}

}
