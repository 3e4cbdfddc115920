/**
 * Persistence of planned reminders. Internal to the reminder module.
 */
package fr.victimportal.reminder.domain;
