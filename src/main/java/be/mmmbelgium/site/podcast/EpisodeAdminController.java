package be.mmmbelgium.site.podcast;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.AdminPages;
import be.mmmbelgium.site.content.Autosaves;
import be.mmmbelgium.site.content.ContentAdminController;
import be.mmmbelgium.site.content.ListFilter;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.media.MediaUploads;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.PageNumber;
import be.mmmbelgium.site.web.Pagination;

/**
 * Podcast episodes in the back-office: the list, and the form with the audio, show notes
 * and transcript; review, publication, translations and history come from
 * {@link ContentAdminController}.
 */
@Controller
@AdminPages
@RequestMapping(EpisodeAdminController.PATH)
class EpisodeAdminController extends ContentAdminController<Episode, EpisodeForm> {

	static final String PATH = "/admin/episodes";

	static final int PAGE_SIZE = 25;

	private final EpisodeEditor editor;

	private final SeriesEditor series;

	private final MediaUploads uploads;

	private final RemoteAudio remoteAudio;

	EpisodeAdminController(EpisodeEditor editor, SeriesEditor series, MediaUploads uploads, RemoteAudio remoteAudio,
			@Qualifier("mvcConversionService") ConversionService conversions, Autosaves autosaves) {
		super(editor, conversions, autosaves);
		this.editor = editor;
		this.series = series;
		this.uploads = uploads;
		this.remoteAudio = remoteAudio;
	}

	@Override
	protected String basePath() {
		return PATH;
	}

	@GetMapping
	String list(ListFilter filter, @RequestParam(required = false) Long series,
			@RequestParam(defaultValue = "1") PageNumber page, Model model) {
		Page<Episode> episodes = Pagination.requireExisting(
				this.editor.list(series, filter.language(), filter.q(), filter.stage(), page.toPageable(PAGE_SIZE)));
		describeList(episodes, filter, (address) -> address.queryParamIfPresent("series", Optional.ofNullable(series)),
				model);
		model.addAttribute("seriesOptions", this.series.all());
		model.addAttribute("seriesFilter", series);
		return "admin/episodes/list";
	}

	@Override
	protected String savedMessage() {
		return "episode.admin.saved";
	}

	/**
	 * A new episode goes to a series in the language of the person who writes it, when
	 * there is one.
	 */
	@Override
	protected void startForm(EpisodeForm form, AccountPrincipal me) {
		List<PodcastSeries> all = this.series.all();
		all.stream()
			.filter((series) -> series.getLanguage() == me.language())
			.findFirst()
			.or(() -> all.stream().findFirst())
			.ifPresent((series) -> form.setSeriesId(series.getId()));
	}

	@Override
	protected EpisodeForm formOf(Episode episode) {
		return EpisodeForm.of(episode);
	}

	@Override
	protected boolean rejectRefusal(RuntimeException refused, BindingResult result) {
		if (refused instanceof EpisodeEditor.NumberTaken) {
			result.rejectValue("number", "episode.number.taken");
			return true;
		}
		return false;
	}

	@Override
	@PostMapping("/{id}/translate")
	protected String translate(@PathVariable long id, @RequestParam Language language,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		try {
			return super.translate(id, language, me, redirect);
		}
		catch (EpisodeEditor.SeriesNotTranslated missing) {
			redirect.addFlashAttribute("message", "episode.translation.seriesFirst");
			return "redirect:" + PATH + "/" + id;
		}
	}

	@Override
	protected void receive(EpisodeForm form, BindingResult result, AccountPrincipal me, HttpServletRequest request) {
		this.uploads.receive(MediaUploads.file(request, "audioUpload"), MediaKind.AUDIO, result, "audioId", me.actor())
			.ifPresent((audio) -> form.setAudioId(audio.getId()));
		if (this.uploads.find(form.getAudioId(), MediaKind.AUDIO, result, "audioId").isEmpty()) {
			form.setAudioId(null);
		}
		if (form.hasAudioUrl()) {
			// Feeds must give the exact length, type and duration of audio they do not
			// serve: the length and type are read from the address, unless given.
			if ((form.getAudioByteLength() == null || form.getAudioMediaType().isEmpty())
					&& !result.hasFieldErrors("audioUrl")) {
				this.remoteAudio.measure(form.getAudioUrl()).ifPresentOrElse((audio) -> {
					form.setAudioByteLength(audio.byteLength());
					form.setAudioMediaType(audio.mediaType());
				}, () -> result.rejectValue("audioUrl", "episode.audioUrl.unreadable"));
			}
			if (form.getDurationSeconds() == null) {
				result.rejectValue("durationSeconds", "episode.audioUrl.details");
			}
		}
	}

	/** An episode goes out with its sound: a file, or an address. */
	@Override
	protected void checkPublishable(EpisodeForm form, BindingResult result) {
		if (form.getAudioId() == null && !form.hasAudioUrl()) {
			result.rejectValue("audioId", "episode.audio.required");
		}
	}

	@Override
	protected void describeForm(EpisodeForm form, Model model) {
		model.addAttribute("seriesOptions", this.series.all());
		model.addAttribute("chosenFiles", this.uploads.chosen(Collections.singleton(form.getAudioId())));
		model.addAttribute("audioOptions", this.uploads.recent(MediaKind.AUDIO));
		model.addAttribute("mediaLimits", this.uploads.limits());
	}

}
