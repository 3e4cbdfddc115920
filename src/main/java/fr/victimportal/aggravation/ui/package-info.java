/**
 * The aggravation page.
 */
@NullMarked
package fr.victimportal.aggravation.ui;

import org.jspecify.annotations.NullMarked;
