/**
 * Persistence of planned reminders. Internal to the reminder module.
 */
@NullMarked
package fr.victimportal.reminder.domain;

import org.jspecify.annotations.NullMarked;
