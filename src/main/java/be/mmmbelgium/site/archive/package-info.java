/**
 * The whole site in one file: "Export everything" writes the content, its revisions, the
 * accounts without their secrets, the redirects, the settings and the media into one
 * archive, and "Import into an empty site" brings such an archive into a new site. The
 * features declare their tables ({@link be.mmmbelgium.site.system.ArchivedTable}) and the
 * media their files ({@link be.mmmbelgium.site.system.ArchivedFiles}).
 */
@NullMarked
@ApplicationModule(displayName = "Site archive")
package be.mmmbelgium.site.archive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
