/** The directory's and the invitations' tables; only the doctor module reads them. */
package fr.victimportal.doctor.domain;
