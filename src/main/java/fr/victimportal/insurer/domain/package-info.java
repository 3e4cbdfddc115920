/** Insurer persistence: the organisation entity and its repository. Internal to the insurer module. */
@NullMarked
package fr.victimportal.insurer.domain;

import org.jspecify.annotations.NullMarked;
