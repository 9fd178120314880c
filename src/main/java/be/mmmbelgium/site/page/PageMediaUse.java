package be.mmmbelgium.site.page;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaUse;

/**
 * Tells the media library which pages attach a file or link to it in their text.
 */
@Component
class PageMediaUse implements MediaUse {

	private final PageRepository pages;

	PageMediaUse(PageRepository pages) {
		this.pages = pages;
	}

	@Override
	public List<Use> usesOf(MediaFile file) {
		return this.pages.findUsing(file, file.linkPattern())
			.stream()
			.map((page) -> new Use("media.use.page",
					page.getLanguage().code().toUpperCase(Locale.ROOT) + " · " + page.getTitle(),
					PageAdminController.PATH + "/" + page.getId()))
			.toList();
	}

}
