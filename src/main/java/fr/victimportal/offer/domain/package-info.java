/**
 * The offers, their head lines, the settlements and their payments; only the offer module reads them.
 */
@NullMarked
package fr.victimportal.offer.domain;

import org.jspecify.annotations.NullMarked;
