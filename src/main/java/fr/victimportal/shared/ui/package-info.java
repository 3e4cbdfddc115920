/**
 * The Vaadin shell every screen sits in: the HTML shell and the application layout (AppLayout with a menu
 * of one HTML node built from @Menu), each new UI's language and error handler, error views, and the field builders and texts the
 * modules' screens share.
 */
@NullMarked
package fr.victimportal.shared.ui;

import org.jspecify.annotations.NullMarked;
