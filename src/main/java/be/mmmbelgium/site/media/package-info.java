/**
 * Uploaded images, audio and documents, and the storage that holds their bytes.
 */
@NullMarked
@ApplicationModule(displayName = "Media")
package be.mmmbelgium.site.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
