/**
 * The audit log: who changed what, when and from where. Entries are only ever added.
 */
@NullMarked
@ApplicationModule(displayName = "Audit log")
package be.mmmbelgium.site.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
