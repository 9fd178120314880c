package be.mmmbelgium.site.review;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.content.Awaiting;
import be.mmmbelgium.site.content.ContentEditor;
import be.mmmbelgium.site.content.WorkflowStage;
import be.mmmbelgium.site.news.NewsEditor;
import be.mmmbelgium.site.podcast.EpisodeEditor;

/**
 * The start page of the back-office: what the signed-in person can do, what awaits them
 * (drafts sent back to them, drafts to review), and what they did lately.
 */
@Controller
@AdminPages
class DashboardController {

	static final String VIEW = "admin/dashboard";

	static final int RECENT_ACTIVITY = 10;

	private final AuditLog audit;

	private final NewsEditor news;

	private final EpisodeEditor episodes;

	/** Every kind of content, each contributing what awaits someone. */
	private final List<ContentEditor<?, ?>> kinds;

	DashboardController(AuditLog audit, NewsEditor news, EpisodeEditor episodes, List<ContentEditor<?, ?>> kinds) {
		this.audit = audit;
		this.news = news;
		this.episodes = episodes;
		this.kinds = kinds;
	}

	@GetMapping("/admin")
	ModelAndView dashboard(@AuthenticationPrincipal AccountPrincipal me) {
		ModelAndView dashboard = new ModelAndView(VIEW).addObject("me", me)
			.addObject("activity", this.audit.activityOf(me.email(), PageRequest.of(0, RECENT_ACTIVITY)))
			// What awaits the writer: what a reviewer sent back to them with a note.
			.addObject("sentBack", awaiting((kind) -> kind.sentBackTo(me)))
			// What awaits someone who publishes a kind: changes proposed to published
			// items.
			.addObject("changesToReview", awaiting((kind) -> kind.changesAwaitingReview(me)));
		if (this.news.mayPublish(me)) {
			// What awaits an editor: the drafts volunteers submitted for review.
			dashboard
				.addObject("newsToReview",
						this.news.list(null, null, WorkflowStage.SUBMITTED, null, PageRequest.of(0, 1))
							.getTotalElements())
				.addObject("episodesToReview",
						this.episodes.list(null, null, null, WorkflowStage.SUBMITTED, PageRequest.of(0, 1))
							.getTotalElements());
		}
		return dashboard;
	}

	private List<Awaiting> awaiting(Function<ContentEditor<?, ?>, List<Awaiting>> ofKind) {
		return this.kinds.stream().flatMap((kind) -> ofKind.apply(kind).stream()).toList();
	}

}
