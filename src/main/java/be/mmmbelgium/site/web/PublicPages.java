package be.mmmbelgium.site.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose views are pages of the public site, so that the layout's model
 * (menu, language versions, settings) is prepared for its handlers and for no others,
 * such as the one serving media files.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPages {

}
