/**
 * The deadline calculator page and the timeline component that shows a schedule of deadlines.
 */
@NullMarked
package fr.victimportal.deadline.ui;

import org.jspecify.annotations.NullMarked;
