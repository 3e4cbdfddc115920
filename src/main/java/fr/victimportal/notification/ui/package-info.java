/**
 * Mail screens: the agents' failed mails, each user's reminder preferences, the unsubscribe page reached from a mail
 * without signing in, and the demo deployment's outbox.
 */
@NullMarked
package fr.victimportal.notification.ui;

import org.jspecify.annotations.NullMarked;
