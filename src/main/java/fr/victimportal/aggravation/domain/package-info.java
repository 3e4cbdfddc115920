/** The aggravation's table; only the aggravation module reads it. */
package fr.victimportal.aggravation.domain;
