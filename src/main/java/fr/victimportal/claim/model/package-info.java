/**
 * The claim as other modules and screens read it: the assembled {@link fr.victimportal.claim.model.ClaimFile} and
 * the records and enums it is made of (declared facts, procedure dates, stage, who the viewer is to the claim, a
 * caseworker's scope). Values only: nothing here reads or writes the database.
 */
@NamedInterface("model")
@NullMarked
package fr.victimportal.claim.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
