package be.mmmbelgium.site.content;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks that the pictures of a Markdown text are in the media library; names those that
 * are not.
 */
class ImagesInLibraryValidator implements ConstraintValidator<ImagesInLibrary, String> {

	private final MarkdownRenderer markdown;

	ImagesInLibraryValidator(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		List<String> missing = this.markdown.picturesNotShown(text);
		if (missing.isEmpty()) {
			return true;
		}
		context.unwrap(HibernateConstraintValidatorContext.class)
			.addMessageParameter("pictures", String.join(", ", missing));
		return false;
	}

}
