package be.mmmbelgium.site.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriUtils;

import be.mmmbelgium.site.account.Account;
import be.mmmbelgium.site.audit.AuditLog;
import be.mmmbelgium.site.content.Status;
import be.mmmbelgium.site.content.TranslatableContent;
import be.mmmbelgium.site.media.CheckedUpload;
import be.mmmbelgium.site.media.HasAttachments;
import be.mmmbelgium.site.media.MediaFile;
import be.mmmbelgium.site.media.MediaKind;
import be.mmmbelgium.site.news.NewsPost;
import be.mmmbelgium.site.news.Tag;
import be.mmmbelgium.site.page.Page;
import be.mmmbelgium.site.redirect.OldAddresses;
import be.mmmbelgium.site.web.Language;
import be.mmmbelgium.site.web.Slugs;
import be.mmmbelgium.site.wordpress.ImportReport.Line;
import be.mmmbelgium.site.wordpress.ImportReport.Outcome;
import be.mmmbelgium.site.wordpress.ImportedItem.Kind;

/**
 * One import of one export: a first reading that plans what becomes of each item, then,
 * unless it is a dry run, a second that brings each over in its own transaction, and a
 * last step that links pages to their parents and translations to their sources and sends
 * the old addresses on.
 */
final class ImportRun {

	private static final Logger logger = LoggerFactory.getLogger(ImportRun.class);

	/** How many items are linked to their translations and parents in one transaction. */
	private static final int LINKED_AT_ONCE = 50;

	/** How many items ahead pictures are checked. */
	private static final int PICTURES_AHEAD = 3;

	/** The files WordPress keeps pictures in. */
	private static final Pattern PICTURE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp)$");

	/** As long as a title may be here. */
	static final int MAXIMUM_TITLE = 200;

	/** As long as the HTML of a text may be: twice what the back-office's forms take. */
	static final int MAXIMUM_TEXT = 200_000;

	/** As long as an excerpt or a page's summary may be. */
	static final int MAXIMUM_EXCERPT = 500;

	/** As long as a picture's description or caption may be. */
	static final int MAXIMUM_DESCRIPTION = 300;

	private final WordPressImport services;

	private final Path export;

	private final ImportOptions options;

	private final AuditLog.Actor who;

	private final boolean dryRun;

	private final ImportProgress progress;

	private final ExportIndex index;

	private final String site;

	/** The old site's address, which its links are read against. */
	private final URI base;

	private final ImportReport report;

	private final OldSiteFiles files;

	/** What becomes of each post and page brought over, by WordPress id. */
	private final Map<Long, Plan> plans = new LinkedHashMap<>();

	/** The files brought over, by their path under the uploads. */
	private final Map<String, Optional<MediaFile>> filesByPath = new HashMap<>();

	/** Old addresses and where they go now. */
	private final Map<String, String> moved = new LinkedHashMap<>();

	/** The new path of each old address of an item, to point links at. */
	private final Map<String, String> newPathByOldAddress = new HashMap<>();

	private final Set<String> slugsTaken = new HashSet<>();

	/** The kinds and languages whose slugs here were read into {@link #slugsTaken}. */
	private final Set<String> slugsRead = new HashSet<>();

	private final Map<String, @Nullable Long> authorIds = new HashMap<>();

	/** Polylang's groups of translated categories and tags, by term id. */
	private final Map<Long, String> termGroups;

	/** The pictures of the next items, checked while the current one is saved. */
	private @Nullable PicturesAhead ahead;

	/** What earlier imports of this site brought over, by WordPress id. */
	private final Map<Long, ImportedItem> known = new HashMap<>();

	/** The attachments by the path of their file under the uploads. */
	private final Map<String, WxrItem> attachmentsByPath = new HashMap<>();

	ImportRun(WordPressImport services, Path export, ImportOptions options, AuditLog.Actor who, boolean dryRun,
			ImportProgress progress) {
		this.services = services;
		this.export = export;
		this.options = options;
		this.who = who;
		this.dryRun = dryRun;
		this.progress = progress;
		this.index = ExportIndex.of(export);
		WxrSite old = this.index.site();
		this.site = old.blogUrl().replaceAll("/+$", "");
		this.report = new ImportReport(dryRun, this.site);
		this.files = new OldSiteFiles(old.blogUrl(), options.uploads());
		this.base = this.files.site();
		this.termGroups = this.index.termGroups();
		services.imported.findBySite(this.site).forEach((item) -> this.known.put(item.getWordpressId(), item));
		this.index.attachments().values().forEach((attachment) -> {
			if (attachment.attachmentUrl() != null) {
				this.files.uploadPath(attachment.attachmentUrl())
					.map(OldSiteFiles::original)
					.ifPresent((path) -> this.attachmentsByPath.putIfAbsent(path, attachment));
			}
		});
	}

	/** What one post or page becomes. */
	private record Plan(WxrItem item, Kind kind, Language language, String slug, String newPath, Outcome outcome,
			@Nullable Long existingId, UUID group) {

		/** The same plan, for an item that could not be brought over. */
		Plan refused() {
			return new Plan(this.item, this.kind, this.language, this.slug, this.newPath, Outcome.REFUSED,
					this.existingId, this.group);
		}

	}

	ImportReport execute() {
		plan();
		if (!this.dryRun) {
			try (PicturesAhead ahead = new PicturesAhead(this.services.media, this.files)) {
				this.ahead = ahead;
				bringOver();
			}
			link();
			sendOldAddressesOn();
		}
		else {
			this.plans.values().stream().filter((plan) -> plan.item().status().equals("publish")).forEach((plan) -> {
				addOldAddresses(plan);
				if (plan.kind() == Kind.NEWS) {
					archives(plan);
				}
			});
			this.report.redirects(this.moved.size(), 0, 0);
		}
		this.index.others().forEach((type, count) -> this.report.note(Note.of("import.note.otherType", count, type)));
		return this.report;
	}

	// The first reading: what becomes of each item.

	private void plan() {
		for (WxrItem item : this.index.items().values()) {
			this.report.comments(item.comments());
			Kind kind = item.type().equals("page") ? Kind.PAGE : Kind.NEWS;
			String type = kind == Kind.PAGE ? "page" : "post";
			String title = WordPressImport.plain(item.title());
			Optional<Note> skipped = skipReason(item.status());
			if (skipped.isPresent()) {
				this.report.add(new Line(item.id(), type, title, Outcome.SKIPPED, List.of(skipped.get()), null));
				continue;
			}
			String code = ExportIndex.languageOf(item).orElse(this.options.defaultLanguage().code());
			Optional<Language> language = Language.fromCode(code.toLowerCase(Locale.ROOT));
			if (language.isEmpty()) {
				this.report.add(new Line(item.id(), type, title, Outcome.SKIPPED,
						List.of(Note.of("import.detail.language", code)), null));
				continue;
			}
			// What an earlier import made of the item, if it is still of its kind.
			Optional<TranslatableContent> existing = Optional.ofNullable(this.known.get(item.id()))
				.filter((found) -> found.getKind() == kind)
				.flatMap((found) -> content(found.getKind(), found.getTargetId()));
			String slug = existing.map(TranslatableContent::getSlug)
				.orElseGet(() -> freeSlug(kind, language.get(), item, title));
			this.slugsTaken.add(kind + " " + language.get() + " " + slug);
			String newPath = (kind == Kind.PAGE) ? this.services.paths.page(language.get(), slug)
					: this.services.paths.newsPost(language.get(), slug);
			Outcome outcome = existing.isEmpty() ? Outcome.CREATED
					: (existing.get().getStatus() == Status.DRAFT && existing.get().getPublishedAt() == null)
							? Outcome.UPDATED : Outcome.KEPT;
			UUID group = existing.map(TranslatableContent::getTranslationGroup)
				.orElseGet(() -> WordPressImport.group(this.site,
						ExportIndex.translationKeyOf(item).orElse("item " + item.id())));
			Plan plan = new Plan(item, kind, language.get(), slug, newPath, outcome,
					existing.map(TranslatableContent::getId).orElse(null), group);
			this.plans.put(item.id(), plan);
			// Links to the item, wherever they stand, are pointed at its new address.
			oldAddressesOf(plan).forEach((old) -> this.newPathByOldAddress.put(old, plan.newPath()));
			if (this.dryRun || outcome == Outcome.KEPT) {
				this.report.add(new Line(item.id(), type, title, outcome,
						List.of((outcome == Outcome.KEPT) ? Note.of("import.detail.kept") : statusDetail(item)),
						newPath));
			}
		}
		authors();
	}

	private static Optional<Note> skipReason(String status) {
		return switch (status) {
			case "publish", "future", "draft", "pending", "private" -> Optional.empty();
			case "trash" -> Optional.of(Note.of("import.detail.trash"));
			case "auto-draft" -> Optional.of(Note.of("import.detail.autoDraft"));
			default -> Optional.of(Note.of("import.detail.status", status));
		};
	}

	private static Note statusDetail(WxrItem item) {
		return switch (item.status()) {
			case "publish" -> Note.of("import.detail.published");
			case "future" -> Note.of("import.detail.scheduled");
			case "private" -> Note.of("import.detail.private");
			case "pending" -> Note.of("import.detail.pending");
			default -> Note.of("import.detail.draft");
		};
	}

	private Optional<TranslatableContent> content(Kind kind, long id) {
		return switch (kind) {
			case NEWS -> this.services.posts.findById(id).map(TranslatableContent.class::cast);
			case PAGE -> this.services.pages.findById(id).map(TranslatableContent.class::cast);
			case MEDIA -> Optional.empty();
		};
	}

	private String freeSlug(Kind kind, Language language, WxrItem item, String title) {
		String wanted = Slugs.fromTitle(UriUtils.decode(item.slug(), StandardCharsets.UTF_8));
		if (wanted.isEmpty()) {
			wanted = Slugs.fromTitle(title);
		}
		if (wanted.isEmpty()) {
			wanted = (kind == Kind.PAGE ? "page-" : "post-") + item.id();
		}
		String slug = wanted;
		for (int suffix = 2; taken(kind, language, slug); suffix++) {
			slug = wanted + "-" + suffix;
		}
		return slug;
	}

	/**
	 * Whether a slug is used in a language by a page or post already here or planned by
	 * this import; the slugs here are read once per kind and language.
	 */
	private boolean taken(Kind kind, Language language, String slug) {
		String prefix = kind + " " + language + " ";
		if (this.slugsRead.add(prefix)) {
			((kind == Kind.PAGE) ? this.services.pages : this.services.posts).findSlugsByLanguage(language)
				.forEach((used) -> this.slugsTaken.add(prefix + used));
		}
		return this.slugsTaken.contains(prefix + slug);
	}

	/**
	 * Every address the item had on the old site: its permalink, and WordPress's short
	 * addresses by id.
	 */
	private List<String> oldAddressesOf(Plan plan) {
		List<String> addresses = new ArrayList<>();
		oldAddress(plan.item().link()).ifPresent(addresses::add);
		addresses.add("/?p=" + plan.item().id());
		if (plan.kind() == Kind.PAGE) {
			addresses.add("/?page_id=" + plan.item().id());
		}
		return addresses;
	}

	/** Sends the item's old addresses to its new one. */
	private void addOldAddresses(Plan plan) {
		oldAddressesOf(plan).forEach((old) -> this.moved.put(old, plan.newPath()));
	}

	/** The path (and query) of an address of the old site; empty for another site's. */
	private Optional<String> oldAddress(String url) {
		try {
			URI address = this.base.resolve(url.strip().replace(" ", "%20"));
			if (address.getHost() == null || !sameHost(address.getHost(), this.base.getHost())) {
				return Optional.empty();
			}
			String path = Objects.requireNonNullElse(address.getRawPath(), "/");
			if (path.isEmpty()) {
				path = "/";
			}
			String query = address.getRawQuery();
			return Optional.of(normalisedForLookup((query == null) ? path : path + "?" + query));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static boolean sameHost(String one, @Nullable String other) {
		return other != null && one.toLowerCase(Locale.ROOT)
			.replaceFirst("^www\\.", "")
			.equals(other.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
	}

	/** An old address in one form, so that links written either way find it. */
	private static String normalisedForLookup(String address) {
		String lower = address.toLowerCase(Locale.ROOT);
		return (lower.length() > 1 && lower.endsWith("/")) ? lower.substring(0, lower.length() - 1) : lower;
	}

	private void authors() {
		for (WxrSite.Author author : this.index.site().authors().values()) {
			Optional<Account> account = author.email().isBlank() ? Optional.empty()
					: this.services.accounts.withEmail(author.email());
			if (account.isPresent()) {
				this.authorIds.put(author.login(), account.get().getId());
				this.report.author(author.login(), Note.of("import.author.matched", author.displayName(),
						author.email(), account.get().getEmail()));
			}
			else {
				this.authorIds.put(author.login(), this.who.accountId());
				this.report.author(author.login(),
						(this.who.email() != null)
								? Note.of("import.author.unmatched", author.displayName(), author.email(),
										this.who.email())
								: Note.of("import.author.unmatchedCommandLine", author.displayName(), author.email()));
			}
		}
	}

	// The second reading: each item brought over.

	private void bringOver() {
		List<Plan> order = this.plans.values().stream().filter((plan) -> plan.outcome() != Outcome.KEPT).toList();
		int total = order.size();
		int[] done = { 0 };
		this.progress.at(0, total);
		ExportIndex.read(this.export, new WxrReader.Listener() {

			@Override
			public void site(WxrSite site) {
			}

			@Override
			public void item(WxrItem item) {
				Plan plan = ImportRun.this.plans.get(item.id());
				if (plan != null && plan.item().type().equals(item.type()) && plan.outcome() != Outcome.KEPT) {
					order.subList(done[0], Math.min(done[0] + PICTURES_AHEAD, total))
						.forEach((next) -> checkPicturesAhead(next.item()));
					bring(item, plan);
					ImportRun.this.progress.at(++done[0], total);
				}
			}

		}, true);
	}

	/**
	 * Starts checking the pictures of an item to come: its featured picture and those
	 * uploaded into it, which are the ones its text shows.
	 */
	private void checkPicturesAhead(WxrItem item) {
		PicturesAhead pictures = this.ahead;
		if (pictures == null) {
			return;
		}
		List<WxrItem> attachments = new ArrayList<>(this.index.attachmentsOf(item.id()));
		item.meta("_thumbnail_id")
			.filter((id) -> id.matches("\\d{1,18}"))
			.flatMap((id) -> this.index.attachment(Long.parseLong(id)))
			.ifPresent(attachments::add);
		for (WxrItem attachment : attachments) {
			Optional.ofNullable(attachment.attachmentUrl())
				.flatMap(this.files::uploadPath)
				.map(OldSiteFiles::original)
				.filter((path) -> PICTURE.matcher(path).find() && !this.filesByPath.containsKey(path)
						&& !this.known.containsKey(attachment.id()))
				.ifPresent(pictures::check);
		}
	}

	private void bring(WxrItem item, Plan plan) {
		String type = plan.kind() == Kind.PAGE ? "page" : "post";
		String title = WordPressImport.plain(item.title());
		try {
			refuseWhatDoesNotFit(item, title);
			List<MediaFile> documents = new ArrayList<>();
			WordPressText.Converted body = this.services.text.toMarkdown(item.id(), item.content(),
					new ItemAddresses(documents));
			Optional<WxrItem> thumbnail = item.meta("_thumbnail_id")
				.filter((id) -> id.matches("\\d+"))
				.flatMap((id) -> this.index.attachment(Long.parseLong(id)));
			Optional<MediaFile> cover = thumbnail
				.flatMap((attachment) -> file(attachment.attachmentUrl(), MediaKind.IMAGE));
			TranslatableContent saved = this.services.transaction.execute(
					(status) -> save(item, plan, title, body, cover.orElse(null), thumbnail.orElse(null), documents));
			List<Note> details = new ArrayList<>();
			details.add(statusDetail(item));
			details.addAll(body.notes());
			this.report.add(new Line(item.id(), type, title, plan.outcome(), details, plan.newPath()));
			if (saved != null && item.status().equals("publish")) {
				addOldAddresses(plan);
			}
		}
		catch (ItemRefusedException refused) {
			refuse(item, plan, type, title, refused.reason());
		}
		catch (RuntimeException ex) {
			logger.warn("WordPress item {} \"{}\" not imported", item.id(), title, ex);
			refuse(item, plan, type, title, Note.of("import.detail.refused", reason(ex)));
		}
	}

	private void refuse(WxrItem item, Plan plan, String type, String title, Note reason) {
		this.plans.put(item.id(), plan.refused());
		this.report.add(new Line(item.id(), type, title, Outcome.REFUSED, List.of(reason), null));
	}

	/**
	 * Refuses an item with a field longer than the site keeps; an excerpt is shortened
	 * rather, as WordPress makes them from the text.
	 */
	private static void refuseWhatDoesNotFit(WxrItem item, String title) {
		if (title.length() > MAXIMUM_TITLE) {
			throw new ItemRefusedException(Note.of("import.refused.title", title.length(), MAXIMUM_TITLE));
		}
		if (item.content().length() > MAXIMUM_TEXT) {
			throw new ItemRefusedException(Note.of("import.refused.text", item.content().length(), MAXIMUM_TEXT));
		}
	}

	/** Text cut to a length, at a word, with an ellipsis. */
	static String shortened(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		String cut = text.substring(0, length - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > length / 2) ? cut.substring(0, space) : cut).strip() + "…";
	}

	private static String reason(RuntimeException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	private TranslatableContent save(WxrItem item, Plan plan, String title, WordPressText.Converted body,
			@Nullable MediaFile cover, @Nullable WxrItem thumbnail, List<MediaFile> documents) {
		Long authorId = this.authorIds.getOrDefault(item.creator(), this.who.accountId());
		TranslatableContent content;
		if (plan.kind() == Kind.NEWS) {
			NewsPost post = (plan.existingId() != null) ? this.services.posts.findById(plan.existingId()).orElseThrow()
					: new NewsPost(plan.group(), plan.language(), plan.slug(), title);
			post.setTitle(title);
			post.setExcerpt(shortened(WordPressImport.plainExcerpt(item.excerpt()), MAXIMUM_EXCERPT));
			post.setBody(this.services.markdown.render(body.markdown()));
			post.setCover(cover,
					(cover != null && thumbnail != null) ? shortened(altOf(thumbnail, title), MAXIMUM_DESCRIPTION)
							: null,
					(cover != null && thumbnail != null && !thumbnail.excerpt().isBlank())
							? shortened(WordPressImport.plainExcerpt(thumbnail.excerpt()), MAXIMUM_DESCRIPTION) : null);
			post.getTags().clear();
			subjects(item, plan.language()).forEach(post::tag);
			attach(post, documents);
			content = post;
		}
		else {
			Page page = (plan.existingId() != null) ? this.services.pages.findById(plan.existingId()).orElseThrow()
					: new Page(plan.group(), plan.language(), plan.slug(), title);
			page.setTitle(title);
			page.setSummary(shortened(WordPressImport.plainExcerpt(item.excerpt()), MAXIMUM_EXCERPT));
			page.setBody(this.services.markdown.render(body.markdown()));
			page.placeInMenu(false, item.menuOrder());
			attach(page, documents);
			content = page;
		}
		content.setAuthorId(authorId);
		if (item.status().equals("publish") || item.status().equals("future")) {
			content.publish(this.services.dateOf(item));
		}
		TranslatableContent saved = (content instanceof NewsPost post)
				? this.services.newsEditor.saveImported(post, authorId)
				: this.services.pageEditor.saveImported((Page) content, authorId);
		remember(item.id(), plan.kind(), saved.getId());
		return saved;
	}

	private static String altOf(WxrItem attachment, String fallback) {
		return attachment.meta("_wp_attachment_image_alt")
			.map(WordPressImport::plain)
			.orElseGet(() -> attachment.title().isBlank() ? fallback : WordPressImport.plain(attachment.title()));
	}

	private static void attach(HasAttachments item, List<MediaFile> documents) {
		item.detachAll();
		documents.stream().distinct().forEach((document) -> item.attach(document, document.getOriginalFilename()));
	}

	/** The item's categories (but those mapped to nothing) and tags, as subjects. */
	private List<Tag> subjects(WxrItem item, Language language) {
		List<Tag> subjects = new ArrayList<>();
		for (WxrItem.Term term : item.terms()) {
			boolean category = term.taxonomy().equals(WxrItem.CATEGORY);
			if ((!category && !term.taxonomy().equals(WxrItem.TAG))
					|| (category && this.options.ignoredCategories().contains(term.slug()))) {
				continue;
			}
			String slug = Slugs.fromTitle(UriUtils.decode(term.slug(), StandardCharsets.UTF_8));
			String name = shortened(WordPressImport.plain(term.name()), 100);
			if (slug.isEmpty() || name.isEmpty()) {
				continue;
			}
			subjects.add(this.services.tags.findByLanguageAndSlug(language, slug)
				.orElseGet(() -> this.services.tags.save(new Tag(subjectGroup(term, slug), language, slug, name))));
		}
		return subjects;
	}

	/**
	 * The translation group of a subject: that of its Polylang group of translated terms,
	 * or else one per slug (so that a category spelled alike in two languages is one
	 * subject in both).
	 */
	private UUID subjectGroup(WxrItem.Term term, String slug) {
		Long id = this.index.site().termIds().getOrDefault(term.taxonomy(), Map.of()).get(term.slug());
		String group = (id != null) ? this.termGroups.get(id) : null;
		return WordPressImport.group(this.site, (group != null) ? "terms " + group : term.taxonomy() + " " + slug);
	}

	private void remember(long wordpressId, Kind kind, long targetId) {
		Instant now = Instant.now(this.services.clock);
		ImportedItem item = this.known.get(wordpressId);
		if (item != null) {
			item.importedAgain(kind, targetId, now);
		}
		else {
			item = new ImportedItem(this.site, wordpressId, kind, targetId, now);
		}
		this.known.put(wordpressId, this.services.imported.save(item));
	}

	/**
	 * A file of the old site brought into the library, once per import and, through the
	 * attachment it belongs to, once for every import.
	 */
	private Optional<MediaFile> file(@Nullable String url, MediaKind kind) {
		if (url == null) {
			return Optional.empty();
		}
		Optional<String> uploadPath = this.files.uploadPath(url);
		if (uploadPath.isEmpty()) {
			return Optional.empty();
		}
		String original = OldSiteFiles.original(uploadPath.get());
		Optional<MediaFile> file = this.filesByPath.computeIfAbsent(original, (path) -> fetch(path, kind));
		file.ifPresent((found) -> {
			String newPath = this.services.paths.media(found.getStorageKey());
			this.moved.put(this.files.oldAddress(original), newPath);
			this.moved.put(this.files.oldAddress(uploadPath.get()), newPath);
		});
		return file;
	}

	private Optional<MediaFile> fetch(String uploadPath, MediaKind kind) {
		Optional<WxrItem> attachment = Optional.ofNullable(this.attachmentsByPath.get(uploadPath));
		String name = uploadPath.substring(uploadPath.lastIndexOf('/') + 1);
		// The file an earlier import brought for this attachment, if it is this file
		// still.
		Optional<MediaFile> known = attachment.map((found) -> this.known.get(found.id()))
			.filter((found) -> found.getKind() == Kind.MEDIA)
			.flatMap((found) -> this.services.media.find(found.getTargetId()))
			.filter((file) -> file.getOriginalFilename().equals(name));
		if (known.isPresent()) {
			return known;
		}
		AuditLog.Actor uploader = (this.who.accountId() != null) ? this.who : null;
		try {
			Optional<CheckedUpload> checked = (this.ahead != null) ? this.ahead.take(uploadPath) : Optional.empty();
			MediaFile file;
			if (checked.isPresent()) {
				try (CheckedUpload picture = checked.get()) {
					file = this.services.media.keep(picture, uploader);
				}
			}
			else {
				try (InputStream in = this.files.open(uploadPath)) {
					file = this.services.media.upload(name, in, Set.of(kind), uploader);
				}
			}
			attachment.ifPresent((found) -> this.services.transaction
				.executeWithoutResult((status) -> remember(found.id(), Kind.MEDIA, file.getId())));
			this.report.file(true);
			return Optional.of(file);
		}
		catch (RuntimeException | IOException ex) {
			this.report.file(false);
			this.report.note(Note.of("import.note.fileRefused", uploadPath, String.valueOf(ex.getMessage())));
			return Optional.empty();
		}
	}

	/** Where the pictures and links of one item's text lead now. */
	private final class ItemAddresses implements WordPressText.Addresses {

		private final List<MediaFile> documents;

		ItemAddresses(List<MediaFile> documents) {
			this.documents = documents;
		}

		@Override
		public @Nullable String picture(String url) {
			return file(url, MediaKind.IMAGE).map((file) -> ImportRun.this.services.paths.media(file.getStorageKey()))
				.orElse(null);
		}

		@Override
		public String link(String url) {
			Optional<String> upload = ImportRun.this.files.uploadPath(url);
			if (upload.isPresent()) {
				boolean document = upload.get().toLowerCase(Locale.ROOT).endsWith(".pdf");
				Optional<MediaFile> file = file(url, document ? MediaKind.DOCUMENT : MediaKind.IMAGE);
				file.filter((found) -> document).ifPresent(this.documents::add);
				return file.map((found) -> ImportRun.this.services.paths.media(found.getStorageKey())).orElse(url);
			}
			return oldAddress(url).map(ImportRun.this.newPathByOldAddress::get).orElse(url);
		}

		@Override
		public WordPressText.@Nullable Picture attachment(long id) {
			return ImportRun.this.index.attachment(id).flatMap((attachment) -> {
				String path = picture(Objects.requireNonNullElse(attachment.attachmentUrl(), ""));
				return Optional.ofNullable(path)
					.map((found) -> new WordPressText.Picture(found, altOf(attachment, "")));
			}).orElse(null);
		}

		@Override
		public List<WordPressText.Picture> attachedTo(long itemId) {
			return ImportRun.this.index.attachmentsOf(itemId)
				.stream()
				.map((attachment) -> attachment(attachment.id()))
				.filter(Objects::nonNull)
				.toList();
		}

	}

	// The last step: the tree of pages, translations and old addresses.

	private void link() {
		Map<UUID, List<Plan>> groups = this.plans.values()
			.stream()
			.filter((plan) -> plan.outcome() != Outcome.REFUSED && this.known.containsKey(plan.item().id()))
			.collect(Collectors.groupingBy(Plan::group, LinkedHashMap::new, Collectors.toList()));
		List<Plan> chunk = new ArrayList<>();
		for (List<Plan> group : groups.values()) {
			if (group.size() > 1 || group.stream().anyMatch(ImportRun::hasNewParent)) {
				chunk.addAll(group);
			}
			if (chunk.size() >= LINKED_AT_ONCE) {
				link(chunk);
				chunk = new ArrayList<>();
			}
		}
		link(chunk);
	}

	private static boolean hasNewParent(Plan plan) {
		return plan.kind() == Kind.PAGE && plan.outcome() != Outcome.KEPT && plan.item().parent() != 0;
	}

	/**
	 * Links the items of whole translation groups, a few at a time: every text they hold
	 * is read with them, and an import may bring thousands.
	 */
	private void link(List<Plan> linked) {
		if (linked.isEmpty()) {
			return;
		}
		this.services.transaction.executeWithoutResult((status) -> {
			Map<Long, TranslatableContent> contents = contents(linked);
			Map<UUID, List<TranslatableContent>> groups = new LinkedHashMap<>();
			for (Plan plan : linked) {
				ImportedItem imported = this.known.get(plan.item().id());
				TranslatableContent content = (imported != null) ? contents.get(imported.getTargetId()) : null;
				if (content == null) {
					continue;
				}
				groups.computeIfAbsent(content.getTranslationGroup(), (key) -> new ArrayList<>()).add(content);
				if (hasNewParent(plan) && content instanceof Page page) {
					parentOf(plan, page).ifPresent(page::setParent);
				}
			}
			groups.values().forEach(ImportRun::translations);
		});
	}

	/** The posts and pages of these plans, read at once, by id. */
	private Map<Long, TranslatableContent> contents(List<Plan> plans) {
		Map<Kind, List<Long>> ids = plans.stream()
			.map((plan) -> this.known.get(plan.item().id()))
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(ImportedItem::getKind,
					Collectors.mapping(ImportedItem::getTargetId, Collectors.toList())));
		Map<Long, TranslatableContent> contents = new HashMap<>();
		this.services.posts.findAllById(ids.getOrDefault(Kind.NEWS, List.of()))
			.forEach((post) -> contents.put(post.getId(), post));
		this.services.pages.findAllById(ids.getOrDefault(Kind.PAGE, List.of()))
			.forEach((page) -> contents.put(page.getId(), page));
		return contents;
	}

	private Optional<Page> parentOf(Plan plan, Page page) {
		Optional<Page> parent = Optional.ofNullable(this.known.get(plan.item().parent()))
			.filter((found) -> found.getKind() == Kind.PAGE)
			.flatMap((found) -> this.services.pages.findById(found.getTargetId()));
		if (parent.isEmpty() || parent.get().getLanguage() != page.getLanguage()) {
			this.report
				.note(Note.of("import.note.parentMissing", plan.item().id(), page.getTitle(), plan.item().parent()));
			return Optional.empty();
		}
		return parent;
	}

	/** The items of a group translate its French one, or else the first. */
	private static void translations(List<TranslatableContent> group) {
		if (group.size() < 2) {
			return;
		}
		TranslatableContent source = group.stream()
			.filter((item) -> item.getLanguage() == Language.DEFAULT)
			.findFirst()
			.orElse(group.get(0));
		group.stream()
			.filter((item) -> item != source && item.getLanguage() != source.getLanguage())
			.filter((item) -> item.getSourceId() == null)
			.forEach((item) -> item.translates(source));
	}

	private void sendOldAddressesOn() {
		for (WxrItem attachment : this.index.attachments().values()) {
			Plan parent = this.plans.get(attachment.parent());
			Optional<String> old = oldAddress(attachment.link());
			if (old.isPresent() && parent != null && parent.outcome() != Outcome.REFUSED
					&& parent.item().status().equals("publish")) {
				this.moved.putIfAbsent(old.get(), parent.newPath());
			}
		}
		for (Plan plan : this.plans.values()) {
			if (plan.outcome() == Outcome.KEPT && plan.item().status().equals("publish")) {
				addOldAddresses(plan);
			}
			if (plan.kind() == Kind.NEWS && plan.outcome() != Outcome.REFUSED
					&& plan.item().status().equals("publish")) {
				archives(plan);
			}
		}
		OldAddresses.Kept kept = this.services.oldAddresses.keep(this.moved);
		this.report.redirects(kept.added(), kept.changed(), kept.unchanged());
		kept.left().forEach((address) -> this.report.note(Note.of("import.note.addressLeft", address)));
	}

	/** The category and tag archives of the old site, to the subjects they became. */
	private void archives(Plan plan) {
		for (WxrItem.Term term : plan.item().terms()) {
			String archive = switch (term.taxonomy()) {
				case WxrItem.CATEGORY -> "category";
				case WxrItem.TAG -> "tag";
				default -> null;
			};
			if (archive == null || this.options.ignoredCategories().contains(term.slug())) {
				continue;
			}
			String slug = Slugs.fromTitle(UriUtils.decode(term.slug(), StandardCharsets.UTF_8));
			String target = this.services.paths.newsTopic(plan.language(), slug);
			String prefix = (plan.language() == this.options.defaultLanguage()) ? "" : "/" + plan.language().code();
			this.moved.putIfAbsent(prefix + "/" + archive + "/" + term.slug().toLowerCase(Locale.ROOT), target);
		}
	}

}
