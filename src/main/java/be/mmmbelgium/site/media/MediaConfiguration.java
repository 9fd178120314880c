package be.mmmbelgium.site.media;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MediaStorage mediaStorage(@Value("${mmm.media.directory:./data/media}") Path directory) {
		return new FileSystemMediaStorage(directory);
	}

}
