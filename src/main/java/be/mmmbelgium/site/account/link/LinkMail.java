package be.mmmbelgium.site.account.link;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import be.mmmbelgium.site.account.Account;

/**
 * Sends a one-time link to its owner by e-mail, when the site has an SMTP server
 * ({@code SPRING_MAIL_HOST}). Without one, or when sending fails, the admin passes the
 * link on, as the page that shows it says.
 */
@Component
public class LinkMail {

	private static final Logger logger = LoggerFactory.getLogger(LinkMail.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	LinkMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			@Value("${mmm.mail.from:${mmm.contact.email}}") String from) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
	}

	/**
	 * Sends a one-time link to the account's e-mail address, when mail is set up.
	 * @return whether the link went out by e-mail
	 */
	public boolean send(Account account, String link) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(account.getEmail());
		message.setSubject(this.messages.getMessage("mail.link.subject", null, account.getLanguage().locale()));
		message.setText(this.messages.getMessage("mail.link.body", new Object[] { account.getDisplayName(), link },
				account.getLanguage().locale()));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			logger.warn("The one-time link for {} could not be sent: {}", account.getEmail(), ex.getMessage());
			return false;
		}
	}

}
