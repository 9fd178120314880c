package be.mmmbelgium.site.account;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.session.FindByIndexNameSessionRepository;

import be.mmmbelgium.site.account.profile.AccountAdminController;
import be.mmmbelgium.site.account.settings.SettingsController;
import be.mmmbelgium.site.account.signin.AccountAuthenticationProvider;
import be.mmmbelgium.site.account.signin.AccountDetailsService;
import be.mmmbelgium.site.account.signin.ActiveAccountFilter;
import be.mmmbelgium.site.account.signin.CodeController;
import be.mmmbelgium.site.account.signin.SessionSettings;
import be.mmmbelgium.site.account.signin.SessionTokens;
import be.mmmbelgium.site.account.signin.SignInAndOutHandler;
import be.mmmbelgium.site.account.signin.SignInThrottle;
import be.mmmbelgium.site.account.signin.TwoFactorPending;
import be.mmmbelgium.site.account.twofactor.TwoFactor;
import be.mmmbelgium.site.admin.BackOffice;
import be.mmmbelgium.site.admin.BackOfficeAccess;
import be.mmmbelgium.site.admin.KeptForms;
import be.mmmbelgium.site.admin.WriterMarks;
import be.mmmbelgium.site.audit.AuditKind;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.web.SecurityHeaders;

/**
 * Who may do what. Two filter chains: the back-office under {@code /admin}, with sign-in,
 * sessions and CSRF protection; and the public site, which keeps no session and sets no
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

	public static final String LOGIN = BackOffice.SIGN_IN;

	@Bean
	@Order(1)
	SecurityFilterChain backOffice(HttpSecurity http, AccountDetailsService accountDetails,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, AuditLog audit, AccountRepository accounts,
			TwoFactor twoFactor, SignInAndOutHandler signInEvents, WriterMarks writerMarks,
			FindByIndexNameSessionRepository<?> sessionStore, List<BackOfficeAccess> features) throws Exception {
		AdminRoutes routes = new AdminRoutes(features);
		AccountAuthenticationProvider authentication = new AccountAuthenticationProvider(accountDetails,
				passwordEncoder, throttle, audit);
		http.securityMatcher("/admin", "/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(AdminRoutes.PUBLIC)
				.permitAll()
				.requestMatchers(CodeController.PATH)
				.hasAuthority(TwoFactorPending.AUTHORITY)
				.requestMatchers(routes.adminOnly())
				.hasRole(Role.ADMIN.name())
				.requestMatchers(routes.editors())
				.hasRole(Role.EDITOR.name())
				.anyRequest()
				.hasRole(Role.CONTRIBUTOR.name()))
			// The throttled provider alone: no fallback to another manager that would
			// skip the throttle.
			.authenticationManager(new ProviderManager(authentication))
			.formLogin((form) -> form.loginPage(LOGIN)
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(signInEvents)
				// The page says only that the sign-in failed. Spring's own handler would
				// keep the exception in the session, and with it the password as typed,
				// which sessions kept in the database must not hold.
				.failureHandler((request, response, failure) -> response
					.sendRedirect(request.getContextPath() + LOGIN + "?error")))
			.logout((logout) -> logout.logoutUrl("/admin/logout")
				.addLogoutHandler(signInEvents)
				.logoutSuccessUrl(LOGIN + "?signedOut")
				.invalidateHttpSession(true)
				.deleteCookies(SessionSettings.COOKIE_NAME))
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler((request, response, denied) -> accessDenied(request, response, audit)))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(new ActiveAccountFilter(accounts, twoFactor, audit), AuthorizationFilter.class)
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionTokens()))
			.addFilterBefore(new KeptForms(writerMarks, sessionStore), CsrfFilter.class)
			.headers(SecurityHeaders.of(false));
		return http.build();
	}

	/** Accounts and the site's security settings are for admins. */
	@Bean
	BackOfficeAccess accountsAccess() {
		return BackOfficeAccess.adminSection(AccountAdminController.PATH);
	}

	@Bean
	BackOfficeAccess settingsAccess() {
		return BackOfficeAccess.adminSection(SettingsController.PATH);
	}

	/**
	 * Someone still owing their two-factor code is sent back to it; anyone else gets a
	 * 403.
	 */
	private static void accessDenied(HttpServletRequest request, HttpServletResponse response, AuditLog audit)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof TwoFactorPending) {
			response.sendRedirect(request.getContextPath() + CodeController.PATH);
			return;
		}
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			audit.record(AuditKind.ACCESS_DENIED, principal.actor(),
					request.getMethod() + " " + request.getRequestURI(), null);
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// Public pages answer GET and HEAD only and hold no form: there is no request
			// to forge.
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityHeaders.of(true));
		return http.build();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.CONTRIBUTOR.name())
			.build();
	}

	/**
	 * An adaptive hash, with the algorithm named in each stored hash so it can change
	 * later. New hashes use PBKDF2 (310,000 iterations of HMAC-SHA-256), which, unlike
	 * bcrypt, takes a passphrase of any length; hashes of the other algorithms Spring
	 * Security knows are still read.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		DelegatingPasswordEncoder pbkdf2First = new DelegatingPasswordEncoder(PBKDF2, encoders);
		pbkdf2First.setDefaultPasswordEncoderForMatches(encoder);
		return pbkdf2First;
	}

	static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

}
