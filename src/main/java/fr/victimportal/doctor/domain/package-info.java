/**
 * The directory's and the invitations' tables; only the doctor module reads them.
 */
@NullMarked
package fr.victimportal.doctor.domain;

import org.jspecify.annotations.NullMarked;
