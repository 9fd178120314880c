package be.mmmbelgium.site.podcast;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.page.Previews;
import be.mmmbelgium.site.system.Crumb;
import be.mmmbelgium.site.system.LanguageVersions;
import be.mmmbelgium.site.system.PublicPages;
import be.mmmbelgium.site.system.SitePaths;

/**
 * Shows an episode in the back-office exactly as its public page will show it, in its
 * language, before it is published. Only signed-in people reach it, under {@code /admin}.
 */
@Controller
@PublicPages
class EpisodePreviewController {

	private final PublishedPodcasts podcasts;

	private final Previews previews;

	private final SitePaths paths;

	private final EpisodeEditor editor;

	EpisodePreviewController(PublishedPodcasts podcasts, Previews previews, SitePaths paths, EpisodeEditor editor) {
		this.editor = editor;
		this.podcasts = podcasts;
		this.previews = previews;
		this.paths = paths;
	}

	@GetMapping(EpisodeAdminController.PATH + "/{id}/preview")
	ModelAndView preview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		PublishedPodcasts.EpisodeView view = this.podcasts.preview(this.editor.withPendingChange(id));
		Episode episode = view.episode();
		PodcastSeries series = episode.getSeries();
		String path = this.paths.episode(episode.getLanguage(), series.getSlug(), episode.getSlug());
		ModelAndView page = new ModelAndView(PodcastController.EPISODE_VIEW).addObject("view", view)
			.addObject("episode", episode)
			.addObject("series", series)
			.addObject("breadcrumbs",
					List.of(Crumb.message("podcast.title", this.paths.podcasts(episode.getLanguage())),
							Crumb.text(series.getTitle(), this.paths.series(episode.getLanguage(), series.getSlug()))))
			.addObject(LanguageVersions.MODEL_ATTRIBUTE, LanguageVersions.of(episode.getLanguage(),
					Map.of(episode.getLanguage(), path), this.paths::podcasts));
		return this.previews.of(page, episode.getLanguage(), EpisodeAdminController.PATH + "/" + id, request, response);
	}

}
