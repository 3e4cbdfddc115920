/**
 * The examination page: the notice and the report figures.
 */
@NullMarked
package fr.victimportal.expertise.ui;

import org.jspecify.annotations.NullMarked;
