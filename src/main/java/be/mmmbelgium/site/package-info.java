/**
 * The website of Make Mothers Matter Belgium: one package per module, listed in the
 * README's "How the code is organised".
 */
@NullMarked
package be.mmmbelgium.site;

import org.jspecify.annotations.NullMarked;
