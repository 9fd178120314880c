package be.mmmbelgium.site.wordpress;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reader of WordPress exports takes what WordPress writes and refuses, with a
 * message, what a hostile or broken file could do to the site.
 */
class WxrReaderUnitTest {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
				xmlns:content="http://purl.org/rss/1.0/modules/content/"
				xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
				xmlns:dc="http://purl.org/dc/elements/1.1/">
			<channel><title>Old</title><wp:wxr_version>1.2</wp:wxr_version>
			<wp:base_site_url>https://old.example</wp:base_site_url>
			""";

	@Test
	void itemsAreReadWithTheirTermsCustomFieldsAndComments() {
		Collected read = read(HEAD + """
				<item><title>Un &amp; deux</title><link>https://old.example/un-deux/</link>
				<dc:creator><![CDATA[board]]></dc:creator>
				<content:encoded><![CDATA[<p>Texte</p>]]></content:encoded>
				<excerpt:encoded><![CDATA[Court]]></excerpt:encoded>
				<wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
				<wp:post_parent>0</wp:post_parent><wp:menu_order>3</wp:menu_order>
				<category domain="language" nicename="nl"><![CDATA[Nederlands]]></category>
				<category domain="category" nicename="sante"><![CDATA[Santé]]></category>
				<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>12</wp:meta_value></wp:postmeta>
				<wp:postmeta><wp:meta_key>_edit_lock</wp:meta_key><wp:meta_value>1:1</wp:meta_value></wp:postmeta>
				<wp:comment><wp:comment_id>1</wp:comment_id></wp:comment>
				</item></channel></rss>""");

		assertThat(read.sites).singleElement()
			.satisfies((site) -> assertThat(site.siteUrl()).isEqualTo("https://old.example"));
		WxrItem item = read.items.get(0);
		assertThat(item.id()).isEqualTo(7);
		assertThat(item.title()).isEqualTo("Un & deux");
		assertThat(item.content()).isEqualTo("<p>Texte</p>");
		assertThat(item.menuOrder()).isEqualTo(3);
		assertThat(ExportIndex.languageOf(item)).contains("nl");
		assertThat(item.terms(WxrItem.CATEGORY)).extracting(WxrItem.Term::name).containsExactly("Santé");
		assertThat(item.meta()).containsOnlyKeys("_thumbnail_id");
		assertThat(item.comments()).isEqualTo(1);
	}

	@Test
	void anItemOfAWpmlSiteNamesItsLanguageAndGroupOfTranslationsInItsCustomFields() {
		Collected read = read(
				HEAD + """
						<item><title>Hallo</title><wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type>
						<wp:postmeta><wp:meta_key>_wpml_language</wp:meta_key><wp:meta_value>nl</wp:meta_value></wp:postmeta>
						<wp:postmeta><wp:meta_key>_wpml_translation_group</wp:meta_key><wp:meta_value>41</wp:meta_value></wp:postmeta>
						</item>
						<item><title>Sans langue</title><wp:post_id>9</wp:post_id><wp:post_type>post</wp:post_type></item>
						</channel></rss>""");

		assertThat(ExportIndex.languageOf(read.items.get(0))).contains("nl");
		assertThat(ExportIndex.translationKeyOf(read.items.get(0))).contains("wpml:41");
		assertThat(ExportIndex.languageOf(read.items.get(1))).as("the default language applies").isEmpty();
		assertThat(ExportIndex.translationKeyOf(read.items.get(1))).isEmpty();
	}

	@Test
	void aDocumentTypeIsRefusedSoNoEntityIsEverExpanded() {
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [
				 <!ENTITY lol "lol">
				 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
				]>
				<rss><channel><item><title>&lol3;</title></item></channel></rss>""";

		assertThatExceptionOfType(WxrException.class).isThrownBy(() -> read(laughs))
			.withMessageContaining("document type");
	}

	@Test
	void anExternalEntityIsRefused() {
		String external = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<rss><channel><item><title>&secret;</title></item></channel></rss>""";

		assertThatExceptionOfType(WxrException.class).isThrownBy(() -> read(external))
			.withMessageContaining("document type");
	}

	@Test
	void aFieldLongerThanTheLimitIsRefusedWithoutBeingHeldWhole() {
		InputStream huge = new SequenceInputStream(
				Collections.enumeration(List.of(stream(HEAD + "<item><wp:post_id>1</wp:post_id><content:encoded>"),
						new RepeatedInputStream((byte) 'a', WxrReader.MAXIMUM_FIELD_LENGTH + 1024),
						stream("</content:encoded></item></channel></rss>"))));

		assertThatExceptionOfType(WxrException.class).isThrownBy(() -> WxrReader.read(huge, new Collected()))
			.withMessageContaining("<content:encoded>")
			.withMessageContaining("longer than");
	}

	@Test
	void malformedXmlOtherXmlAndOtherRssAreRefusedWithTheirReason() {
		assertThatExceptionOfType(WxrException.class).isThrownBy(() -> read(HEAD + "<item><title>Open"))
			.withMessageContaining("not well-formed");
		assertThatExceptionOfType(WxrException.class).isThrownBy(() -> read("<html><body/></html>"))
			.withMessageContaining("not a WordPress export");
		assertThatExceptionOfType(WxrException.class)
			.isThrownBy(() -> read("<rss><channel><title>A feed</title><item><title>x</title></item></channel></rss>"))
			.withMessageContaining("wp:wxr_version");
		assertThatExceptionOfType(WxrException.class)
			.isThrownBy(() -> read(HEAD + "<item><wp:post_id>seven</wp:post_id></item></channel></rss>"))
			.withMessageContaining("should be a number");
	}

	private static Collected read(String xml) {
		Collected collected = new Collected();
		WxrReader.read(stream(xml), collected);
		return collected;
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static final class Collected implements WxrReader.Listener {

		final List<WxrSite> sites = new ArrayList<>();

		final List<WxrItem> items = new ArrayList<>();

		@Override
		public void site(WxrSite site) {
			this.sites.add(site);
		}

		@Override
		public void item(WxrItem item) {
			this.items.add(item);
		}

	}

	/** One byte, many times, without the memory. */
	private static final class RepeatedInputStream extends InputStream {

		private final byte value;

		private long left;

		RepeatedInputStream(byte value, long length) {
			this.value = value;
			this.left = length;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			this.left--;
			return this.value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.left <= 0) {
				return -1;
			}
			int count = (int) Math.min(length, this.left);
			java.util.Arrays.fill(buffer, offset, offset + count, this.value);
			this.left -= count;
			return count;
		}

	}

}
