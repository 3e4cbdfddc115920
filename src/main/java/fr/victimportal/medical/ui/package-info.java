/** The medical module's screens: a claim's documents, the victim's access log, documents shared with me. */
package fr.victimportal.medical.ui;
