/**
 * The aggravation's table; only the aggravation module reads it.
 */
@NullMarked
package fr.victimportal.aggravation.domain;

import org.jspecify.annotations.NullMarked;
