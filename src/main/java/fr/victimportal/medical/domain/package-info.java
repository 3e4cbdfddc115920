/** Entities and repositories of the medical module: document metadata, per-document shares, recorded refusals. */
package fr.victimportal.medical.domain;
