/**
 * What awaits review: the back-office start page that lists it and the mail that
 * announces it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package be.mmmbelgium.site.review;
