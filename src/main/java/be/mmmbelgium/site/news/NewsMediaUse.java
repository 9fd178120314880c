package be.mmmbelgium.site.news;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaUse;

/**
 * Tells the media library which posts use a file: as cover, as attached document, or by a
 * link in their text.
 */
@Component
class NewsMediaUse implements MediaUse {

	private final NewsPostRepository posts;

	NewsMediaUse(NewsPostRepository posts) {
		this.posts = posts;
	}

	@Override
	public List<Use> usesOf(MediaFile file) {
		return this.posts.findUsing(file, file.linkPattern())
			.stream()
			.map((post) -> new Use("media.use.news",
					post.getLanguage().code().toUpperCase(Locale.ROOT) + " · " + post.getTitle(),
					NewsAdminController.PATH + "/" + post.getId()))
			.toList();
	}

}
