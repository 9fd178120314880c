package be.mmmbelgium.site.content;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.system.ClientAddress;
import be.mmmbelgium.site.system.Language;

/**
 * The back-office actions every kind of content has, under the path of its controller:
 * review, publication, trash, translations and history. Each kind's controller extends it
 * with its list and form.
 *
 * @param <T> the kind of content
 */
public abstract class ContentAdminController<T extends TranslatableContent> {

	/** The view of an item's history, shared by every kind. */
	public static final String HISTORY_VIEW = "admin/content/history";

	private final ContentEditor<T> editor;

	protected ContentAdminController(ContentEditor<T> editor) {
		this.editor = editor;
	}

	/** Where this kind lives in the back-office, such as {@code /admin/news}. */
	protected abstract String basePath();

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@ModelAttribute("basePath")
	String basePathAttribute() {
		return basePath();
	}

	/** What a form shows around an item: its stage, translations, whether its source changed since. */
	protected void describe(T item, AccountPrincipal me, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("stage", this.editor.stageOf(item));
		model.addAttribute("mayEdit", this.editor.mayEdit(item, me));
		model.addAttribute("mayPublish", this.editor.mayPublish(me));
		model.addAttribute("translations", this.editor.translations(item));
		model.addAttribute("missingLanguages", this.editor.missingLanguages(item));
		model.addAttribute("sourceChanges", this.editor.sourceChanges(item).orElse(null));
	}

	/** What a list shows of its items: their stage, translations, and which are out of date. */
	protected void describeList(List<T> items, Model model) {
		model.addAttribute("stages", this.editor.stagesOf(items));
		model.addAttribute("translations", this.editor.translationsOf(items));
		model.addAttribute("outOfDate", this.editor.outOfDate(items));
		model.addAttribute("stageOptions", Stage.values());
	}

	/** Whether the person may publish this kind, for the lists' trash button. */
	@ModelAttribute("mayPublishAny")
	boolean mayPublishAny(@AuthenticationPrincipal AccountPrincipal me) {
		return me != null && this.editor.mayPublish(me);
	}

	/**
	 * Saves what a form holds, then shows the item saved with {@code savedMessage}. When the
	 * form has errors, or the save is refused (a slug taken, someone else's change since the
	 * form was opened, or what {@link #rejectRefusal} knows for the kind), the form comes back
	 * with the text as typed and the reason on it.
	 */
	protected String saveThenShow(BindingResult result, Model model, RedirectAttributes redirect, String formView,
			String savedMessage, Supplier<T> save) {
		if (result.hasErrors()) {
			return formView;
		}
		try {
			T saved = save.get();
			redirect.addFlashAttribute("message", savedMessage);
			return "redirect:" + basePath() + "/" + saved.getId();
		}
		catch (ContentEditor.SlugTaken taken) {
			result.rejectValue("slug", "content.slug.taken");
		}
		catch (ContentEditor.ChangedMeanwhile changed) {
			// The person's text stays in the form; the item as it is now is shown beside it.
			model.addAttribute("current", changed.current());
			result.reject("content.changedMeanwhile");
		}
		catch (RuntimeException refused) {
			if (!rejectRefusal(refused, result)) {
				throw refused;
			}
		}
		return formView;
	}

	/** Turns a refusal particular to a kind into an error of its form; whether it did. */
	protected boolean rejectRefusal(RuntimeException refused, BindingResult result) {
		return false;
	}

	/** Does an action on an item, then shows the item with what was done. */
	protected String act(long id, String doneMessage, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", doneMessage);
		}
		catch (NotPublishableException lacking) {
			redirect.addFlashAttribute("message", lacking.getMessageKey());
		}
		catch (IllegalStateException notNow) {
			// Publishing what is in the trash, submitting what is published: said, not failed.
			redirect.addFlashAttribute("message", "content.notNow");
		}
		return "redirect:" + basePath() + "/" + id;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "content.submitted", redirect, () -> this.editor.submit(id, me, ClientAddress.of(request)));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, "content.published", redirect,
				() -> this.editor.publish(id, publishAt, me, ClientAddress.of(request)));
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "content.unpublished", redirect, () -> this.editor.unpublish(id, me, ClientAddress.of(request)));
	}

	@PostMapping("/{id}/trash")
	String trash(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "content.trashed", redirect, () -> this.editor.trash(id, me, ClientAddress.of(request)));
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "content.restored", redirect, () -> this.editor.restore(id, me, ClientAddress.of(request)));
	}

	@PostMapping("/trash/empty")
	String emptyTrash(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.editor.emptyTrash(me, ClientAddress.of(request));
		redirect.addFlashAttribute("message", "content.trashEmptied");
		return "redirect:" + basePath() + "?stage=TRASHED";
	}

	@PostMapping("/{id}/translate")
	protected String translate(@PathVariable long id, @RequestParam Language language,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, RedirectAttributes redirect) {
		T translation = this.editor.translate(id, language, me, ClientAddress.of(request));
		redirect.addFlashAttribute("message", "content.translationCreated");
		return "redirect:" + basePath() + "/" + translation.getId();
	}

	@PostMapping("/{id}/up-to-date")
	String upToDate(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, "content.upToDate", redirect,
				() -> this.editor.markUpToDate(id, me, ClientAddress.of(request)));
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, @AuthenticationPrincipal AccountPrincipal me, Model model) {
		T item = this.editor.get(id);
		model.addAttribute("item", item);
		model.addAttribute("history", this.editor.history(id));
		model.addAttribute("mayEdit", this.editor.mayEdit(item, me));
		if (from != null && to != null) {
			Revision older = this.editor.revision(id, Math.min(from, to));
			Revision newer = this.editor.revision(id, Math.max(from, to));
			model.addAttribute("older", older);
			model.addAttribute("newer", newer);
			model.addAttribute("diff", Revisions.diff(older.snapshot(), newer.snapshot()));
		}
		return HISTORY_VIEW;
	}

	@PostMapping("/{id}/history/{revision}/restore")
	String restoreRevision(@PathVariable long id, @PathVariable long revision,
			@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			return act(id, "content.revisionRestored", redirect,
					() -> this.editor.restoreRevision(id, revision, me, ClientAddress.of(request)));
		}
		catch (ContentEditor.SlugTaken taken) {
			redirect.addFlashAttribute("message", "content.slug.taken");
			return "redirect:" + basePath() + "/" + id + "/history";
		}
	}

}
