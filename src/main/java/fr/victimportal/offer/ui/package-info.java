/**
 * The offer's screens: the review of the latest offer with the victim's decision, and the recording form.
 */
@NullMarked
package fr.victimportal.offer.ui;

import org.jspecify.annotations.NullMarked;
