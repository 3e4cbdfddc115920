/** The offer's screens: the review of the latest offer with the victim's decision, and the recording form. */
package fr.victimportal.offer.ui;
