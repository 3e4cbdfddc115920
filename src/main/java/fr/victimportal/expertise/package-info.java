/**
 * The medical examination: notice (R211-43, at least 15 days before), appointment and report (R211-44, 20 days; filled by the examination issue).
 */
package fr.victimportal.expertise;
