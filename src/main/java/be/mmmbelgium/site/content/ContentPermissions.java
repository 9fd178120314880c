package be.mmmbelgium.site.content;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;

import be.mmmbelgium.site.account.AccountPrincipal;

/**
 * Who may do what with one kind of content: write it, change an item, publish it, discard
 * the changes prepared for an item. The roles are those its editor declares
 * ({@link ContentEditor#writer()}, {@link ContentEditor#publisher()}).
 *
 * @param <T> the kind of content
 */
class ContentPermissions<T extends TranslatableContent> {

	private final ContentEditor<T, ?> kind;

	ContentPermissions(ContentEditor<T, ?> kind) {
		this.kind = kind;
	}

	/**
	 * Whether someone may change an item: publishers any, writers their own drafts, and
	 * their own published items through changes that a publisher puts live.
	 */
	boolean mayEdit(T item, AccountPrincipal who) {
		return who.role().includes(this.kind.publisher()) || (who.role().includes(this.kind.writer())
				&& Objects.equals(item.getAuthorId(), who.id()) && item.getStatus() != Status.TRASHED);
	}

	/** Whether someone may write a new item of this kind. */
	boolean mayWrite(AccountPrincipal who) {
		return who.role().includes(this.kind.writer());
	}

	boolean mayPublish(AccountPrincipal who) {
		return who.role().includes(this.kind.publisher());
	}

	/**
	 * Whether someone may discard changes prepared for an item: whoever prepared them, or
	 * who publishes.
	 */
	boolean mayDiscard(T item, PendingChange pending, AccountPrincipal who) {
		return mayPublish(who) || (mayEdit(item, who) && Objects.equals(pending.getSavedBy(), who.id()));
	}

	void requireMayEdit(T item, AccountPrincipal who) {
		if (!mayEdit(item, who)) {
			throw new AccessDeniedException("May not change this " + this.kind.contentType());
		}
	}

	void requireMayWrite(AccountPrincipal who) {
		if (!mayWrite(who)) {
			throw new AccessDeniedException("May not write " + this.kind.contentType());
		}
	}

	void requirePublisher(AccountPrincipal who) {
		if (!mayPublish(who)) {
			throw new AccessDeniedException("May not publish " + this.kind.contentType());
		}
	}

}
