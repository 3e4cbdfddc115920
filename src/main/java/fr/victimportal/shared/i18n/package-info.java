/**
 * Locale choice (French by default, English second) and translation helpers over vaadin-i18n/translations*.properties.
 */
package fr.victimportal.shared.i18n;
