/**
 * The doctor module's screens: the directory, its search, the victim's choice of an assisting doctor and the
 * invitation page reached from a mail.
 */
@NullMarked
package fr.victimportal.doctor.ui;

import org.jspecify.annotations.NullMarked;
