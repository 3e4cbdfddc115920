/**
 * Which deadline reminders are due for which claim, written to the notification outbox; listens to events, nobody calls it (filled by the email issue).
 */
package fr.victimportal.reminder;
