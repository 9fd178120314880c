package be.mmmbelgium.site.wordpress;

/** Told as an import goes, so that whoever started it sees it move. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (done, total) -> {
	};

	/** {@code done} of the {@code total} items to bring over are done. */
	void at(int done, int total);

}
