package be.mmmbelgium.site.content;

import be.mmmbelgium.site.account.Role;
import be.mmmbelgium.site.web.Language;

/**
 * A draft was submitted for review: published once the change is committed, for whoever
 * tells the reviewers.
 *
 * @param title the item's title
 * @param language the item's language
 * @param formPath the item's form in the back-office, such as {@code /admin/news/12}
 * @param reviewers the role that reviews and publishes this kind
 * @param submitterId who submitted it, who need not be told
 */
public record ContentSubmitted(String title, Language language, String formPath, Role reviewers, long submitterId) {
}
