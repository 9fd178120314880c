package be.mmmbelgium.site.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the site that are not Spring's own, under the {@code mmm} prefix.
 *
 * @param baseUrl the public address of the site, for absolute links (canonical URLs,
 * feeds)
 * @param contact how visitors reach the association
 */
@ConfigurationProperties("mmm")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue Contact contact) {

	/** The absolute form of a site path such as {@code /fr/actualites}. */
	public String absolute(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	/**
	 * How visitors reach the association.
	 *
	 * @param name the legal name shown with the address
	 * @param address the postal address, one line
	 * @param email the address that receives visitors' messages
	 */
	public record Contact(@DefaultValue("Make Mothers Matter Belgium ASBL") String name,
			@DefaultValue("Bruxelles, Belgique") String address, @DefaultValue("contact@example.org") String email) {
	}

}
