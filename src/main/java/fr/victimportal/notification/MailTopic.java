package fr.victimportal.notification;

/**
 * A kind of optional mail a user can turn on or off, e.g. "questionnaire reminders".
 *
 * @param code     stable identifier stored with the preference and the mail (at most 40 characters)
 * @param labelKey translation key of its name, shown on the preferences and unsubscribe pages
 * @param order    position on the preferences page
 */
public record MailTopic(String code, String labelKey, int order) {}
