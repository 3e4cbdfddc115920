/**
 * Directory of assisting doctors, the victim's choice and the doctor's invitation (R211-43; filled by the examination issue).
 */
package fr.victimportal.doctor;
