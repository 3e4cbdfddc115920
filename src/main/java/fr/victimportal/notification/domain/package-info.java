/**
 * Outbox, opt-out and unsubscribe-token persistence. Internal to the notification module.
 */
package fr.victimportal.notification.domain;
