/**
 * Uploaded images, audio and documents, and the storage that holds their bytes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package be.mmmbelgium.site.media;
