/**
 * Entities and repositories of the medical module: document metadata, per-document shares, recorded refusals.
 */
@NullMarked
package fr.victimportal.medical.domain;

import org.jspecify.annotations.NullMarked;
