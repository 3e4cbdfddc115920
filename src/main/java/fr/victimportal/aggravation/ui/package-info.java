/** The aggravation page. */
package fr.victimportal.aggravation.ui;
