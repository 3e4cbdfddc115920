package fr.victimportal.shared.i18n;

import java.util.Locale;

/**
 * Published when a person picks a language in the UI; the account module saves it as the signed-in user's
 * preference (mails and reminders use it).
 *
 * @param username the signed-in user's login, or {@code null} for an anonymous visitor
 */
public record LanguageChosen(String username, Locale locale) {}
