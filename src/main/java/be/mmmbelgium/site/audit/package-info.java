/**
 * The audit log: who changed what, when and from where. Entries are only ever added.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package be.mmmbelgium.site.audit;
