/**
 * The mandate module's persistence: only this module reads or writes the mandate table.
 */
@NullMarked
package fr.victimportal.mandate.domain;

import org.jspecify.annotations.NullMarked;
