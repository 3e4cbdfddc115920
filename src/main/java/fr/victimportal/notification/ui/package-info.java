/**
 * Mail screens: the agents' failed mails, each user's reminder preferences, the unsubscribe page reached from a mail
 * without signing in, and the demo deployment's outbox.
 */
package fr.victimportal.notification.ui;
