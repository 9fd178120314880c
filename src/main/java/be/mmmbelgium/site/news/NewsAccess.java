package be.mmmbelgium.site.news;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.mmmbelgium.site.admin.BackOfficeAccess;
import be.mmmbelgium.site.content.ContentAdminController;

/**
 * Who may do what with news: contributors write posts, editors publish them.
 */
@Configuration(proxyBeanMethods = false)
class NewsAccess {

	@Bean
	BackOfficeAccess newsPostsAccess() {
		return ContentAdminController.publishedByEditors(NewsAdminController.PATH);
	}

}
