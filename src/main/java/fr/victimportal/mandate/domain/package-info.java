/** The mandate module's persistence: only this module reads or writes the mandate table. */
package fr.victimportal.mandate.domain;
