import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Writes a WordPress export (WXR 1.2, with Polylang) of a site with many posts, and the
 * uploads folder its pictures come from, for bench/wordpress-import.sh: posts in French,
 * every other one translated into Dutch, each about 45 kB of block-editor HTML with
 * headings, lists, a link to an earlier post and a picture, and a featured picture of its
 * own; a few pages in a tree.
 *
 *   java bench/WxrExport.java OUTPUT_FOLDER POSTS [--no-pictures]
 *
 * With --no-pictures the posts name no picture, to measure the text and the database alone.
 */
public class WxrExport {

	private static final String SITE = "https://old.mmm-belgium.example";

	private static final String[] WORDS = ("mère mères travail soin enfant enfants famille temps reconnaissance "
			+ "congé parental santé paix économie association bénévoles société politique droits égalité "
			+ "pension carrière rôle essentiel avenir écoute soutien solidarité Belgique Bruxelles Europe "
			+ "Nations unies charte engagement voix ensemble quotidien choix liberté").split(" ");

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int posts = Integer.parseInt(args[1]);
		boolean pictures = !(args.length > 2 && args[2].equals("--no-pictures"));
		Path uploads = Files.createDirectories(out.resolve("uploads/2024/03"));
		Random random = new Random(42);
		try (BufferedWriter xml = Files.newBufferedWriter(out.resolve("export.xml"), StandardCharsets.UTF_8)) {
			xml.write("""
					<?xml version="1.0" encoding="UTF-8" ?>
					<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
						xmlns:content="http://purl.org/rss/1.0/modules/content/"
						xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
					<channel>
					<title>MMM Belgium</title><link>%1$s</link><language>fr-FR</language>
					<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>%1$s</wp:base_site_url>
					<wp:base_blog_url>%1$s</wp:base_blog_url>
					<wp:author><wp:author_login>board</wp:author_login><wp:author_email>board@mmm-belgium.example</wp:author_email><wp:author_display_name>Le conseil</wp:author_display_name></wp:author>
					<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>sante</wp:category_nicename><wp:cat_name>Santé</wp:cat_name></wp:category>
					<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>gezondheid</wp:category_nicename><wp:cat_name>Gezondheid</wp:cat_name></wp:category>
					<wp:term><wp:term_id>4</wp:term_id><wp:term_taxonomy>term_translations</wp:term_taxonomy><wp:term_slug>pll_terms</wp:term_slug><wp:term_description><![CDATA[a:2:{s:2:"fr";i:2;s:2:"nl";i:3;}]]></wp:term_description></wp:term>
					""".formatted(SITE));
			for (int page = 1; page <= 10; page++) {
				item(xml, 100_000 + page, "page", "Page " + page, "page-" + page, "/page-" + page + "/", "fr",
						null, page > 1 ? 100_001 : 0, text(random, 8, 0), 0, "");
			}
			for (int n = 1; n <= posts; n++) {
				long id = 10 * n;
				long picture = id + 1;
				String name = "photo-" + n;
				if (pictures) {
					picture(uploads.resolve(name + ".jpg"), random);
					item(xml, picture, "attachment", "Photo " + n, name, "/2024/03/article-" + n + "/" + name + "/",
							null, null, id, "", 0, SITE + "/wp-content/uploads/2024/03/" + name + ".jpg");
				}
				boolean dutch = n % 2 == 0;
				String language = dutch ? "nl" : "fr";
				String slug = (dutch ? "bericht-" : "article-") + n;
				String link = (dutch ? "/nl" : "") + "/2024/03/" + slug + "/";
				String group = dutch ? "pll_" + (n - 1) : "pll_" + n;
				item(xml, id, "post", (dutch ? "Bericht " : "Article ") + n, slug, link, language, group, 0,
						text(random, 60, n) + (pictures ? figure(name) : ""), pictures ? picture : 0, "");
			}
			xml.write("</channel>\n</rss>\n");
		}
	}

	private static void item(BufferedWriter xml, long id, String type, String title, String slug, String link,
			String language, String group, long parent, String content, long thumbnail, String attachmentUrl)
			throws IOException {
		StringBuilder item = new StringBuilder("<item>");
		item.append("<title><![CDATA[").append(title).append("]]></title>");
		item.append("<link>").append(SITE).append(link).append("</link>");
		item.append("<dc:creator>board</dc:creator>");
		item.append("<content:encoded><![CDATA[").append(content).append("]]></content:encoded>");
		item.append("<excerpt:encoded><![CDATA[]]></excerpt:encoded>");
		item.append("<wp:post_id>").append(id).append("</wp:post_id>");
		int day = 1 + (int) (id % 28);
		item.append("<wp:post_date>2024-03-").append(day < 10 ? "0" : "").append(day).append(" 10:00:00</wp:post_date>");
		item.append("<wp:post_date_gmt>2024-03-").append(day < 10 ? "0" : "").append(day).append(" 09:00:00</wp:post_date_gmt>");
		item.append("<wp:post_name>").append(slug).append("</wp:post_name>");
		item.append("<wp:status>").append(type.equals("attachment") ? "inherit" : "publish").append("</wp:status>");
		item.append("<wp:post_parent>").append(parent).append("</wp:post_parent><wp:menu_order>0</wp:menu_order>");
		item.append("<wp:post_type>").append(type).append("</wp:post_type>");
		if (!attachmentUrl.isEmpty()) {
			item.append("<wp:attachment_url>").append(attachmentUrl).append("</wp:attachment_url>");
		}
		if (language != null) {
			item.append("<category domain=\"language\" nicename=\"").append(language).append("\">").append(language)
				.append("</category>");
			item.append("<category domain=\"category\" nicename=\"").append(language.equals("nl") ? "gezondheid" : "sante")
				.append("\">x</category>");
		}
		if (group != null) {
			item.append("<category domain=\"post_translations\" nicename=\"").append(group).append("\">")
				.append(group).append("</category>");
		}
		if (thumbnail != 0) {
			item.append("<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>").append(thumbnail)
				.append("</wp:meta_value></wp:postmeta>");
		}
		xml.write(item.append("</item>\n").toString());
	}

	/** About 750 bytes a paragraph, with a heading every ten and a link to an earlier post. */
	private static String text(Random random, int paragraphs, int post) {
		StringBuilder html = new StringBuilder();
		for (int p = 0; p < paragraphs; p++) {
			if (p % 10 == 0) {
				html.append("<!-- wp:heading -->\n<h2>").append(words(random, 5)).append("</h2>\n<!-- /wp:heading -->\n\n");
			}
			if (p % 15 == 7) {
				html.append("<!-- wp:list -->\n<ul><li>").append(words(random, 8)).append("</li><li>")
					.append(words(random, 8)).append("</li></ul>\n<!-- /wp:list -->\n\n");
			}
			html.append("<!-- wp:paragraph -->\n<p>").append(words(random, 100));
			if (p == 3 && post > 2) {
				html.append(" <a href=\"").append(SITE).append("/2024/03/article-").append(post - 2 | 1)
					.append("/\">").append(words(random, 3)).append("</a>");
			}
			html.append(".</p>\n<!-- /wp:paragraph -->\n\n");
		}
		return html.toString();
	}

	private static String figure(String name) {
		return "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"" + SITE + "/wp-content/uploads/2024/03/"
				+ name + "-300x225.jpg\" alt=\"" + name + "\"/></figure>\n<!-- /wp:image -->\n";
	}

	private static String words(Random random, int count) {
		StringBuilder words = new StringBuilder();
		for (int w = 0; w < count; w++) {
			words.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** A photograph-sized picture, different for every post. */
	private static void picture(Path file, Random random) throws IOException {
		BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		for (int band = 0; band < 8; band++) {
			graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
			graphics.fillRect(0, band * 100, 1200, 100);
		}
		graphics.dispose();
		ImageIO.write(image, "jpg", file.toFile());
	}

}
