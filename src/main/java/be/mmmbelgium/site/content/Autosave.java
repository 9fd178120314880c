package be.mmmbelgium.site.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * What someone was typing in a content form, as the browser last sent it: the form's
 * fields, encoded as a form sends them, until the form is saved or the text discarded.
 */
@Entity
class Autosave {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long accountId;

	@Column(nullable = false)
	private String formPath;

	@Column(nullable = false)
	private String fields;

	@Column(nullable = false)
	private Instant savedAt;

	protected Autosave() {
	}

	Autosave(long accountId, String formPath, String fields, Instant savedAt) {
		this.accountId = accountId;
		this.formPath = formPath;
		this.fields = fields;
		this.savedAt = savedAt;
	}

	void keep(String fields, Instant savedAt) {
		this.fields = fields;
		this.savedAt = savedAt;
	}

	String getFields() {
		return this.fields;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

}
