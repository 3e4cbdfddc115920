/**
 * The mandate screens: the victim's mandates, the caseworker's invitation page and the caseworker's members.
 */
@NullMarked
package fr.victimportal.mandate.ui;

import org.jspecify.annotations.NullMarked;
