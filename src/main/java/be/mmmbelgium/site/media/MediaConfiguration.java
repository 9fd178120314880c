package be.mmmbelgium.site.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MediaStorage mediaStorage(MediaProperties properties) {
		return new FileSystemMediaStorage(properties.directory());
	}

}
