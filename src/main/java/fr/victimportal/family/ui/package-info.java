/** The family's screens (issue 24). */
@NullMarked
package fr.victimportal.family.ui;

import org.jspecify.annotations.NullMarked;
