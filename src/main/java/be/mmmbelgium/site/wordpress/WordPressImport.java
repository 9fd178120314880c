package be.mmmbelgium.site.wordpress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.mmmbelgium.site.account.Accounts;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.content.MarkdownRenderer;
import be.mmmbelgium.site.content.PastedHtml;
import be.mmmbelgium.site.media.MediaLibrary;
import be.mmmbelgium.site.news.NewsEditor;
import be.mmmbelgium.site.news.NewsPostRepository;
import be.mmmbelgium.site.news.TagRepository;
import be.mmmbelgium.site.page.PageEditor;
import be.mmmbelgium.site.page.PageRepository;
import be.mmmbelgium.site.redirect.OldAddresses;
import be.mmmbelgium.site.system.SiteTime;
import be.mmmbelgium.site.web.SitePaths;

/**
 * Brings a WordPress export over: its posts as news, its pages with their tree, their
 * categories and tags as subjects, the pictures and documents they use into the library,
 * their languages and translations, and every old address sent to its new one. Each item
 * is saved in a transaction of its own, so that one that fails is reported and leaves
 * nothing half made; running the same import again makes nothing twice.
 */
@Service
public class WordPressImport {

	private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	final WordPressText text;

	final MarkdownRenderer markdown;

	final NewsPostRepository posts;

	final PageRepository pages;

	final TagRepository tags;

	final NewsEditor newsEditor;

	final PageEditor pageEditor;

	final MediaLibrary media;

	final OldAddresses oldAddresses;

	final Accounts accounts;

	final ImportedItemRepository imported;

	final SitePaths paths;

	final TransactionTemplate transaction;

	final ApplicationEventPublisher events;

	final Clock clock;

	WordPressImport(PastedHtml pastedHtml, MarkdownRenderer markdown, NewsPostRepository posts, PageRepository pages,
			TagRepository tags, NewsEditor newsEditor, PageEditor pageEditor, MediaLibrary media,
			OldAddresses oldAddresses, Accounts accounts, ImportedItemRepository imported, SitePaths paths,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.text = new WordPressText(pastedHtml);
		this.markdown = markdown;
		this.posts = posts;
		this.pages = pages;
		this.tags = tags;
		this.newsEditor = newsEditor;
		this.pageEditor = pageEditor;
		this.media = media;
		this.oldAddresses = oldAddresses;
		this.accounts = accounts;
		this.imported = imported;
		this.paths = paths;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What importing an export would do, without changing anything or fetching any file.
	 * @param who the admin who would import, as the authors without an account would be
	 * recorded
	 * @throws WxrException when the export cannot be read
	 */
	public ImportReport dryRun(Path export, ImportOptions options, AuditLog.Actor who) {
		return new ImportRun(this, export, options, who, true, ImportProgress.NONE).execute();
	}

	/**
	 * Imports an export and records it in the audit log.
	 * @param who the admin who imports; {@link AuditLog.Actor#NOBODY} from the command
	 * line
	 * @throws WxrException when the export cannot be read (nothing is imported then)
	 */
	public ImportReport run(Path export, ImportOptions options, AuditLog.Actor who, ImportProgress progress) {
		ImportReport report = new ImportRun(this, export, options, who, false, progress).execute();
		this.transaction.executeWithoutResult(
				(status) -> this.events.publishEvent(new WordPressImported(who, report.getSite(), report.summary())));
		return report;
	}

	/**
	 * The translation group of the items of one WordPress group, the same on every run.
	 */
	static UUID group(String site, String key) {
		return UUID.nameUUIDFromBytes(("wordpress " + site + " " + key).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * When an item was published: its UTC date, or, for drafts that have none, its local
	 * date read in the site's zone; now when it has neither.
	 */
	Instant dateOf(WxrItem item) {
		try {
			if (!item.dateGmt().isBlank() && !item.dateGmt().startsWith("0000")) {
				return LocalDateTime.parse(item.dateGmt().strip(), WORDPRESS_DATE).toInstant(ZoneOffset.UTC);
			}
			if (!item.date().isBlank() && !item.date().startsWith("0000")) {
				return LocalDateTime.parse(item.date().strip(), WORDPRESS_DATE).atZone(SiteTime.ZONE).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			// Told below as no date.
		}
		return Instant.now(this.clock);
	}

	/** Text WordPress may have kept with HTML entities ("Tom &amp; Jerry"), as text. */
	static String plain(String text) {
		return Parser.unescapeEntities(text, false).strip();
	}

	/** An excerpt, which may hold markup, as the plain text the site keeps. */
	static String plainExcerpt(String html) {
		return html.isBlank() ? "" : Jsoup.parse(html).text().strip();
	}

}
