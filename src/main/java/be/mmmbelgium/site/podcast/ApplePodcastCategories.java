package be.mmmbelgium.site.podcast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The categories Apple Podcasts accepts in a feed's {@code itunes:category}, each with
 * its subcategories. A feed naming any other is refused by Apple, so the series form
 * offers these and accepts nothing else. The names are written in English, exactly as in
 * the feed.
 */
public final class ApplePodcastCategories {

	private static final Map<String, Set<String>> CATEGORIES = new LinkedHashMap<>();

	static {
		add("Arts", "Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts");
		add("Business", "Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit");
		add("Comedy", "Comedy Interviews", "Improv", "Stand-Up");
		add("Education", "Courses", "How To", "Language Learning", "Self-Improvement");
		add("Fiction", "Comedy Fiction", "Drama", "Science Fiction");
		add("Government");
		add("History");
		add("Health & Fitness", "Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition", "Sexuality");
		add("Kids & Family", "Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids");
		add("Leisure", "Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies", "Home & Garden",
				"Video Games");
		add("Music", "Music Commentary", "Music History", "Music Interviews");
		add("News", "Business News", "Daily News", "Entertainment News", "News Commentary", "Politics", "Sports News",
				"Tech News");
		add("Religion & Spirituality", "Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion",
				"Spirituality");
		add("Science", "Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics", "Natural Sciences",
				"Nature", "Physics", "Social Sciences");
		add("Society & Culture", "Documentary", "Personal Journals", "Philosophy", "Places & Travel", "Relationships");
		add("Sports", "Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey", "Rugby",
				"Running", "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness", "Wrestling");
		add("Technology");
		add("True Crime");
		add("TV & Film", "After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews");
	}

	private ApplePodcastCategories() {
	}

	private static void add(String category, String... subcategories) {
		CATEGORIES.put(category, Set.of(subcategories));
	}

	/**
	 * Whether Apple accepts a category, alone or with a subcategory ({@code null} for
	 * none).
	 */
	public static boolean accepts(@Nullable String category, @Nullable String subcategory) {
		Set<String> subcategories = CATEGORIES.get(category);
		return subcategories != null && (subcategory == null || subcategories.contains(subcategory));
	}

	/** Every category, in Apple's order. */
	public static List<String> categories() {
		return List.copyOf(CATEGORIES.keySet());
	}

	/** Every subcategory, each once, sorted. */
	public static List<String> subcategories() {
		return CATEGORIES.values().stream().flatMap(Set::stream).sorted().toList();
	}

}
