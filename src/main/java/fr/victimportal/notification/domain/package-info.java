/**
 * Outbox, opt-out and unsubscribe-token persistence. Internal to the notification module.
 */
@NullMarked
package fr.victimportal.notification.domain;

import org.jspecify.annotations.NullMarked;
