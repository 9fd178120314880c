package be.mmmbelgium.site.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the audit log records an {@link Audited} event as, declared on the event's type.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AuditedAs {

	/** The kind of entry the event becomes. */
	AuditKind value();

}
