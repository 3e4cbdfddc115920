/**
 * Facts of the claim other modules react to: a declaration submitted or corrected, the questionnaire answered, the
 * expert's report filed as a document. Each is a record published inside the transaction of the change
 * (docs/architecture/events.md says who listens and when).
 */
@NamedInterface("events")
@NullMarked
package fr.victimportal.claim.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
