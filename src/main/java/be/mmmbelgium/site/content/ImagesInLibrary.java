package be.mmmbelgium.site.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A Markdown text whose pictures are all in the site's media library: a picture from
 * another site, or one removed from the library, would not show on the public page, so it
 * is an error of the field rather than a picture silently missing.
 */
@Documented
@Constraint(validatedBy = ImagesInLibraryValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ImagesInLibrary {

	String message() default "{content.images.missing}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
