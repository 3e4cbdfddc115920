/**
 * Kernel every module may use: base entity, the injected Europe/Paris clock, i18n helpers and the application shell.
 */
package fr.victimportal.shared;
