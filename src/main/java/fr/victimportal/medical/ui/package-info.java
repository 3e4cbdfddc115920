/**
 * The medical module's screens: a claim's documents, the victim's access log, documents shared with me.
 */
@NullMarked
package fr.victimportal.medical.ui;

import org.jspecify.annotations.NullMarked;
