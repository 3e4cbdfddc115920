/**
 * Every outgoing mail: outbox table, delivery job, fr/en templates and preferences (filled by the email issue).
 */
package fr.victimportal.notification;
