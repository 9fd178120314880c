package be.mmmbelgium.site.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.content.ContentEvent;
import be.mmmbelgium.site.system.SiteProperties;

/**
 * Tells the people who review a kind of content, by e-mail, that a draft awaits them,
 * once its submission is committed, when the site has an SMTP server
 * ({@code SPRING_MAIL_HOST}). Without one, the start page of the back-office lists what
 * awaits review.
 */
@Component
class ReviewMail {

	private static final Logger logger = LoggerFactory.getLogger(ReviewMail.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Accounts accounts;

	private final MessageSource messages;

	private final SiteProperties site;

	private final String from;

	ReviewMail(ObjectProvider<JavaMailSender> mailSender, Accounts accounts, MessageSource messages,
			SiteProperties site, @Value("${mmm.mail.from:${mmm.contact.email}}") String from) {
		this.mailSender = mailSender;
		this.accounts = accounts;
		this.messages = messages;
		this.site = site;
		this.from = from;
	}

	@TransactionalEventListener
	void tellReviewers(ContentEvent.Submitted submitted) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		String link = this.site.absolute(submitted.formPath());
		for (Account reviewer : this.accounts.enabledWithRole(submitted.reviewers())) {
			if (reviewer.getId() == submitted.submitterId()) {
				continue;
			}
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(reviewer.getEmail());
			message.setSubject(this.messages.getMessage("mail.review.subject", new Object[] { submitted.title() },
					reviewer.getLanguage().locale()));
			message.setText(this.messages.getMessage("mail.review.body",
					new Object[] { reviewer.getDisplayName(), submitted.title(), link },
					reviewer.getLanguage().locale()));
			try {
				sender.send(message);
			}
			catch (MailException ex) {
				// The draft is submitted all the same, and listed on the start page.
				logger.warn("Could not tell {} that a draft awaits review: {}", reviewer.getEmail(), ex.getMessage());
			}
		}
	}

}
