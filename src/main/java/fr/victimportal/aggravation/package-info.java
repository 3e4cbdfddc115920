/**
 * Aggravation claims after settlement: a new 10-year period from the aggravated damage's consolidation (L211-19, C. civ. 2226); filled by the aggravation issue.
 */
package fr.victimportal.aggravation;
