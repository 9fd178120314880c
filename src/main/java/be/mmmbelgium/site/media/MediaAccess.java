package be.mmmbelgium.site.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.admin.BackOfficeAccess;

/**
 * Who may delete a file of the media library: editors, since deleting it takes it off the
 * public site.
 */
@Configuration(proxyBeanMethods = false)
class MediaAccess {

	@Bean
	BackOfficeAccess mediaFilesAccess() {
		return BackOfficeAccess.editors(MediaAdminController.PATH + "/*/delete");
	}

}
