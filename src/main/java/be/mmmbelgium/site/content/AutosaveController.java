package be.mmmbelgium.site.content;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.mmmbelgium.site.account.AccountPrincipal;
import be.mmmbelgium.site.admin.KeptForms;

/**
 * Where the content forms send what is being typed every few seconds (with JavaScript),
 * and where the person discards it.
 */
@Controller
class AutosaveController {

	static final String PATH = "/admin/autosave";

	private final Autosaves autosaves;

	AutosaveController(Autosaves autosaves) {
		this.autosaves = autosaves;
	}

	@PostMapping(PATH)
	ResponseEntity<Void> keep(@RequestParam String form, @AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request) {
		return this.autosaves.keep(me, form, request.getParameterMap()) ? ResponseEntity.noContent().build()
				: ResponseEntity.badRequest().build();
	}

	@PostMapping(PATH + "/discard")
	String discard(@RequestParam String form, @AuthenticationPrincipal AccountPrincipal me) {
		if (!KeptForms.isContentForm(form)) {
			return "redirect:/admin";
		}
		this.autosaves.forget(me, form);
		return "redirect:" + form;
	}

}
