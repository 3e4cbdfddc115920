/**
 * Locale choice (French by default, English second) and translation helpers over
 * vaadin-i18n/translations*.properties.
 */
@NullMarked
package fr.victimportal.shared.i18n;

import org.jspecify.annotations.NullMarked;
