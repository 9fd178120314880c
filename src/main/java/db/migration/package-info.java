/**
 * The Flyway migrations that SQL alone cannot express; the others are in
 * {@code src/main/resources/db/migration}.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
