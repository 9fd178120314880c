/**
 * How the public site's answers are kept: validators, 304s, caching headers and the
 * answers this instance rendered last, all keyed by the version of the content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Caching")
package be.mmmbelgium.site.caching;
