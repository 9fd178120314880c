package be.mmmbelgium.site.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import be.mmmbelgium.site.content.Revisions.Change;
import be.mmmbelgium.site.content.Revisions.Part;
import be.mmmbelgium.site.content.Revisions.Passage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differences between two revisions, as a person reads them: the words that changed,
 * not whole lines, and never the spaces alone.
 */
class RevisionsUnitTest {

	@Test
	void aChangedWordIsMarkedAloneInItsLine() {
		Passage passage = Revisions.words("Les mères se retrouvent le 12 décembre.",
				"Les mères se retrouvent le 14 décembre.");

		assertThat(passage.parts()).containsExactly(new Part(Change.KEPT, "Les mères se retrouvent le "),
				new Part(Change.REMOVED, "12"), new Part(Change.ADDED, "14"), new Part(Change.KEPT, " décembre."));
	}

	@Test
	void spacesAloneAreNeverMarked() {
		Passage passage = Revisions.words("Une  mère presque parfaite", "Une mère presque  parfaite ");

		assertThat(passage.parts()).allMatch((part) -> part.change() == Change.KEPT);
	}

	@Test
	void eachRunOfChangedLinesIsOnePassageAndUnchangedLinesAreLeftOut() {
		Revision.Snapshot older = new Revision.Snapshot("Titre", "titre", "", "Un\nDeux\nTrois\nQuatre", "");
		Revision.Snapshot newer = new Revision.Snapshot("Titre", "titre", "", "Un\nDeux bis\nTrois\nQuatre\nCinq", "");

		List<Passage> diff = Revisions.diff(older, newer);

		assertThat(diff).hasSize(2);
		assertThat(diff.get(0).parts()).containsExactly(new Part(Change.KEPT, "Deux"), new Part(Change.ADDED, " bis"));
		assertThat(diff.get(1).parts()).containsExactly(new Part(Change.ADDED, "Cinq"));
		assertThat(diff).extracting(Passage::field)
			.as("each passage says which field it is in")
			.containsOnly(Revisions.Field.TEXT);
	}

	@Test
	void eachPassageNamesItsField() {
		Revision.Snapshot older = new Revision.Snapshot("Ancien titre", "ancien-titre", "En bref.", "Texte",
				"tag=famille");
		Revision.Snapshot newer = new Revision.Snapshot("Nouveau titre", "nouveau-titre", "En bref.", "Texte",
				"tag=travail");

		assertThat(Revisions.diff(older, newer)).extracting(Passage::field)
			.containsExactly(Revisions.Field.TITLE, Revisions.Field.ADDRESS, Revisions.Field.DETAILS);
	}

}
