/**
 * Medical documents under medical secrecy: upload checks, encrypted storage, per-document consent and access log (filled by the medical-documents issue).
 */
package fr.victimportal.medical;
