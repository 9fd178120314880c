package be.mmmbelgium.site.content;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.Page;
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
import org.springframework.web.util.UriComponentsBuilder;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.BackOfficeAccess;
import be.mmmbelgium.site.admin.KeptForms;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.Pagination;

/**
 * The back-office of every kind of content, under the path of its controller: the form to
 * write an item and to change it, saved alone or together with what its writer asks next
 * (submit it for review, publish it), and review, publication, trash, translations and
 * history. Each kind's controller extends it with its list and says what its form holds
 * beyond the fields every kind shares ({@link ContentForm}).
 *
 * @param <T> the kind of content
 * @param <F> its form
 */
public abstract class ContentAdminController<T extends TranslatableContent, F extends ContentForm> {

	/** The view of an item's history, shared by every kind. */
	public static final String HISTORY_VIEW = "admin/content/history";

	private final ContentEditor<T, F> editor;

	private final ConversionService conversions;

	private final Autosaves autosaves;

	protected ContentAdminController(ContentEditor<T, F> editor, ConversionService conversions, Autosaves autosaves) {
		this.editor = editor;
		this.conversions = conversions;
		this.autosaves = autosaves;
	}

	/**
	 * The access rule of a kind that contributors write and editors publish, under its
	 * path: publishing it or its changes, taking it off the site, trashing, restoring,
	 * sending it back and emptying the trash decide what the public sees, so they are for
	 * editors.
	 */
	public static BackOfficeAccess publishedByEditors(String path) {
		return BackOfficeAccess.editors(path + "/*/publish", path + "/*/unpublish", path + "/*/trash",
				path + "/*/restore", path + "/*/send-back", path + "/*/changes/publish", path + "/trash/empty");
	}

	/** Where this kind lives in the back-office, such as {@code /admin/news}. */
	protected abstract String basePath();

	/** The view of this kind's form, which follows its path: {@code admin/news/form}. */
	protected String formView() {
		return basePath().substring(1) + "/form";
	}

	/** The message shown once an item of this kind is saved. */
	protected abstract String savedMessage();

	/** The form filled with an item as it is saved. */
	protected abstract F formOf(T item);

	/**
	 * Takes what a form sent beyond its fields (files) and checks what needs more than
	 * the form to check; a refusal is an error of its field, and the rest of the form is
	 * kept.
	 */
	protected void receive(F form, BindingResult result, AccountPrincipal me, HttpServletRequest request) {
	}

	/**
	 * Checks what a kind needs to be published (an episode's sound), when its form asks
	 * to be published: an error of the field that lacks it, said with the others before
	 * anything is saved.
	 */
	protected void checkPublishable(F form, BindingResult result) {
	}

	/**
	 * What a form shows besides its fields: the options to choose from, the files chosen.
	 */
	protected void describeForm(F form, Model model) {
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@ModelAttribute("basePath")
	String basePathAttribute() {
		return basePath();
	}

	/**
	 * Fills the defaults of a new item's form for the person who writes it, such as their
	 * language.
	 */
	protected void startForm(F form, AccountPrincipal me) {
	}

	@GetMapping("/new")
	String initCreationForm(@ModelAttribute("form") F form, @AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(required = false) String autosave, HttpServletRequest request, Model model) {
		startForm(form, me);
		model.addAttribute("kept", KeptForms.restoreInto(request, form, this.conversions));
		offerAutosave(form, null, "restore".equals(autosave), me, request, model);
		describeForm(form, model);
		return formView();
	}

	/**
	 * Puts back on the form the text its person was typing when they left it unsaved,
	 * when they ask for it; otherwise says that there is such a text, from when. A text
	 * typed in a form opened on an older version than the item's is forgotten: the item
	 * has moved on.
	 */
	private void offerAutosave(F form, @Nullable T item, boolean restore, AccountPrincipal me,
			HttpServletRequest request, Model model) {
		String path = KeptForms.pathOf(request);
		this.autosaves.kept(me, path).ifPresent((kept) -> {
			String[] version = kept.fields().get("version");
			if (item != null && (version == null || !String.valueOf(item.getVersion()).equals(version[0]))) {
				this.autosaves.forget(me, path);
			}
			else if (restore) {
				KeptForms.bind(kept.fields(), form, this.conversions);
				model.addAttribute("autosaveRestored", true);
			}
			else {
				model.addAttribute("autosavedAt", kept.savedAt());
			}
		});
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(defaultValue = "SAVE") Intent intent, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		receive(form, result, me, request);
		if (intent == Intent.PUBLISH) {
			checkPublishable(form, result);
		}
		describeForm(form, model);
		return saveThenShow(form, result, intent, me, request, model, redirect, () -> this.editor.create(form, me),
				false);
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(required = false) String autosave, HttpServletRequest request, Model model) {
		T item = this.editor.get(id);
		addItemDetails(item, me, model);
		// Changes prepared for a published item (described above) are what its form
		// shows, and goes on with.
		PendingChange pending = (PendingChange) model.getAttribute("pending");
		F form = formOf(pending != null ? this.editor.withPendingChange(id) : item);
		form.setVersion(item.getVersion());
		form.setPendingVersion(pending != null ? pending.getVersion() : null);
		model.addAttribute("kept", KeptForms.restoreInto(request, form, this.conversions));
		if (this.editor.mayEdit(item, me)) {
			offerAutosave(form, item, "restore".equals(autosave), me, request, model);
		}
		model.addAttribute("form", form);
		describeForm(form, model);
		return formView();
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(defaultValue = "SAVE") Intent intent, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		T item = this.editor.get(id);
		addItemDetails(item, me, model);
		receive(form, result, me, request);
		if (intent == Intent.PUBLISH) {
			checkPublishable(form, result);
		}
		describeForm(form, model);
		// A published item changes on the site only when someone who publishes says so.
		boolean live = item.getStatus() == Status.PUBLISHED;
		return saveThenShow(form, result, intent, me, request, model, redirect, (live && intent != Intent.PUBLISH)
				? () -> this.editor.prepare(id, form, me) : () -> this.editor.update(id, form, me), live);
	}

	/**
	 * What a form shows around an item: its stage, translations, whether its source
	 * changed since.
	 */
	protected void addItemDetails(T item, AccountPrincipal me, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("stage", this.editor.stageOf(item));
		model.addAttribute("mayEdit", this.editor.mayEdit(item, me));
		model.addAttribute("mayPublish", this.editor.mayPublish(me));
		model.addAttribute("liveAddress", this.editor.liveAddress(item).orElse(null));
		model.addAttribute("authorName", this.editor.authorName(item).orElse(null));
		model.addAttribute("translations", this.editor.translations(item));
		model.addAttribute("missingLanguages", this.editor.missingLanguages(item));
		model.addAttribute("sourceChanges", this.editor.sourceChanges(item).orElse(null));
		this.editor.pendingChange(item).ifPresent((pending) -> {
			model.addAttribute("pending", pending);
			model.addAttribute("pendingChanges", this.editor.pendingDifferences(item, pending));
			model.addAttribute("pendingBy", this.editor.nameOf(pending.getSavedBy()).orElse(null));
			model.addAttribute("mayDiscardPending", this.editor.mayDiscard(item, pending, me));
		});
	}

	/**
	 * What a list shows of its items, filtered: their stage, author, translations,
	 * changes being prepared, and which are out of date.
	 */
	protected void describeList(List<T> items, ListFilter filter, Model model) {
		model.addAttribute("items", items);
		model.addAttribute("listFilter", filter);
		model.addAttribute("nested", nested(items));
		model.addAttribute("stages", this.editor.stagesOf(items));
		model.addAttribute("translations", this.editor.translationsOf(items));
		model.addAttribute("outOfDate", this.editor.outOfDate(items));
		model.addAttribute("authors", this.editor.authorNamesOf(items));
		model.addAttribute("pending", this.editor.pendingChangesOf(items));
		model.addAttribute("stageOptions", WorkflowStage.values());
	}

	/**
	 * What a paged list shows of one of its pages, with the way to the others: the list's
	 * address with its filter and those the kind adds.
	 */
	protected void describeList(Page<T> items, ListFilter filter, UnaryOperator<UriComponentsBuilder> kindFilters,
			Model model) {
		describeList(items.getContent(), filter, model);
		UriComponentsBuilder address = kindFilters.apply(filter.addTo(UriComponentsBuilder.fromPath(basePath())));
		model.addAttribute("pagination", Pagination.of(items, address.encode().toUriString()));
	}

	/** The items a list shows under another one (a page under its parent), indented. */
	protected Set<Long> nested(List<T> items) {
		return Set.of();
	}

	/** Whether the person may publish this kind, for the forms' and lists' buttons. */
	@ModelAttribute("mayPublishAny")
	boolean mayPublishAny(@AuthenticationPrincipal AccountPrincipal me) {
		return me != null && this.editor.mayPublish(me);
	}

	/**
	 * What the person asked for with the button that sent the form: save it, save it and
	 * submit it for review, or save it and publish it (at the form's date, or now). The
	 * text is saved first, so that what is reviewed or published is what was typed.
	 */
	public enum Intent {

		SAVE, SUBMIT, PUBLISH

	}

	/**
	 * Saves what a form holds, does what the person asked next, then shows the item. When
	 * the form has errors, or the save is refused (a slug taken, someone else's change
	 * since the form was opened, or what {@link #rejectRefusal} knows for the kind), the
	 * form comes back with the text as typed and the reason on it, and nothing else is
	 * done.
	 * <p>
	 * For an item already {@code live} on the site, saving keeps the changes aside,
	 * submitting asks for their review, and publishing puts them on the site.
	 */
	private String saveThenShow(F form, BindingResult result, Intent intent, AccountPrincipal me,
			HttpServletRequest request, Model model, RedirectAttributes redirect, Supplier<T> save, boolean live) {
		if (result.hasErrors()) {
			return formView();
		}
		T saved;
		try {
			saved = save.get();
		}
		catch (ContentEditor.SlugTaken taken) {
			result.rejectValue("slug", "content.slug.taken");
			return formView();
		}
		catch (ContentEditor.ChangedMeanwhile changed) {
			// The person's text stays in the form; the item as it is now is shown beside
			// it, with what changed since the form was opened (what a reviewer did not
			// see).
			model.addAttribute("current", changed.current());
			if (form.getVersion() != null) {
				model.addAttribute("changesMeanwhile",
						this.editor.changesSince(changed.current().getId(), form.getVersion()));
			}
			// The form now stands on the item as it is: sent again, once its writer has
			// seen what changed, it saves their text rather than be refused again.
			T current = this.editor.get(changed.current().getId());
			form.setVersion(current.getVersion());
			form.setPendingVersion(this.editor.pendingChange(current).map(PendingChange::getVersion).orElse(null));
			result.reject("content.changedMeanwhile");
			return formView();
		}
		catch (RuntimeException refused) {
			if (!rejectRefusal(refused, result)) {
				throw refused;
			}
			return formView();
		}
		// What was typed is saved: the copy kept while typing is not needed any more.
		this.autosaves.forget(me, KeptForms.pathOf(request));
		long id = saved.getId();
		if (live) {
			return switch (intent) {
				case SAVE -> shown(id, "content.changes.kept", redirect);
				case SUBMIT -> runThenShow(id, "content.changes.submitted", redirect, () -> this.editor.submit(id, me));
				case PUBLISH -> shown(id, "content.changes.published", redirect);
			};
		}
		return switch (intent) {
			case SAVE -> shown(id, savedMessage(), redirect);
			case SUBMIT -> runThenShow(id, "content.savedAndSubmitted", redirect, () -> this.editor.submit(id, me));
			case PUBLISH -> publishAndShow(id, form.getPublishAt(), me, redirect);
		};
	}

	/** Shows an item's form with a message. */
	private String shown(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:" + basePath() + "/" + id;
	}

	/**
	 * Publishes an item at a date and time in Brussels, or now, and says which it was.
	 */
	private String publishAndShow(long id, @Nullable LocalDateTime at, AccountPrincipal me,
			RedirectAttributes redirect) {
		return runThenShow(id, null, redirect, () -> {
			WorkflowStage stage = this.editor.publish(id, at, me);
			redirect.addFlashAttribute("message",
					stage == WorkflowStage.SCHEDULED ? "content.scheduled" : "content.publishedNow");
		});
	}

	/** Turns a refusal particular to a kind into an error of its form; whether it did. */
	protected boolean rejectRefusal(RuntimeException refused, BindingResult result) {
		return false;
	}

	/** Does an action on an item, then shows the item with what was done. */
	protected String runThenShow(long id, @Nullable String doneMessage, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			if (doneMessage != null) {
				redirect.addFlashAttribute("message", doneMessage);
			}
		}
		catch (NotPublishableException lacking) {
			redirect.addFlashAttribute("message", lacking.getMessageKey());
		}
		catch (IllegalStateException notNow) {
			// Publishing what is in the trash, submitting what is published: said, not
			// failed.
			redirect.addFlashAttribute("message", "content.notNow");
		}
		return "redirect:" + basePath() + "/" + id;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		return runThenShow(id, "content.submitted", redirect, () -> this.editor.submit(id, me));
	}

	@PostMapping("/{id}/send-back")
	String sendBack(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		String said = note.strip();
		if (said.isEmpty() || said.length() > MAX_REVIEW_NOTE) {
			redirect.addFlashAttribute("message", "content.sendBack.noteRequired");
			return "redirect:" + basePath() + "/" + id;
		}
		return runThenShow(id, "content.sentBack", redirect, () -> this.editor.sendBack(id, said, me));
	}

	/** The longest note a reviewer sends back with a draft. */
	static final int MAX_REVIEW_NOTE = 2000;

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		return publishAndShow(id, publishAt, me, redirect);
	}

	/**
	 * Puts the changes prepared for a published item on the site, as they were when the
	 * person who publishes saw them; changed since, they are shown again instead, with
	 * what they change.
	 */
	@PostMapping("/{id}/changes/publish")
	String publishPendingChange(@PathVariable long id, @RequestParam(required = false) Long pendingVersion,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		try {
			return runThenShow(id, "content.changes.published", redirect,
					() -> this.editor.publishPendingChange(id, pendingVersion, me));
		}
		catch (ContentEditor.ChangedMeanwhile changed) {
			redirect.addFlashAttribute("message", "content.changes.changedMeanwhile");
			return "redirect:" + basePath() + "/" + id;
		}
		catch (ContentEditor.SlugTaken taken) {
			redirect.addFlashAttribute("message", "content.slug.taken");
			return "redirect:" + basePath() + "/" + id;
		}
	}

	@PostMapping("/{id}/changes/discard")
	String discardPendingChange(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		return runThenShow(id, "content.changes.discarded", redirect, () -> this.editor.discardPendingChange(id, me));
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		return runThenShow(id, "content.unpublished", redirect, () -> this.editor.unpublish(id, me));
	}

	@PostMapping("/{id}/trash")
	String trash(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		return runThenShow(id, "content.trashed", redirect, () -> this.editor.trash(id, me));
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		return runThenShow(id, "content.restored", redirect, () -> this.editor.restore(id, me));
	}

	@PostMapping("/trash/empty")
	String emptyTrash(@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		this.editor.emptyTrash(me);
		redirect.addFlashAttribute("message", "content.trashEmptied");
		return "redirect:" + basePath() + "?stage=TRASHED";
	}

	@PostMapping("/{id}/translate")
	protected String translate(@PathVariable long id, @RequestParam Language language,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		T translation = this.editor.translate(id, language, me);
		redirect.addFlashAttribute("message", "content.translationCreated");
		return "redirect:" + basePath() + "/" + translation.getId();
	}

	@PostMapping("/{id}/up-to-date")
	String upToDate(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		return runThenShow(id, "content.upToDate", redirect, () -> this.editor.markUpToDate(id, me));
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, @AuthenticationPrincipal AccountPrincipal me, Model model) {
		T item = this.editor.get(id);
		model.addAttribute("item", item);
		model.addAttribute("history", this.editor.history(id));
		// A revision brought back is live at once on a published item: for those who
		// publish.
		model.addAttribute("mayEdit",
				this.editor.mayEdit(item, me) && (item.getStatus() != Status.PUBLISHED || this.editor.mayPublish(me)));
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
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		try {
			return runThenShow(id, "content.revisionRestored", redirect,
					() -> this.editor.restoreRevision(id, revision, me));
		}
		catch (ContentEditor.SlugTaken taken) {
			redirect.addFlashAttribute("message", "content.slug.taken");
			return "redirect:" + basePath() + "/" + id + "/history";
		}
	}

}
