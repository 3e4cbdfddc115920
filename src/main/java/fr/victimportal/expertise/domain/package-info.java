/**
 * The examination notices and the expert reports; only the expertise module reads them.
 */
@NullMarked
package fr.victimportal.expertise.domain;

import org.jspecify.annotations.NullMarked;
