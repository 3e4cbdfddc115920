/**
 * Facts of the offer and its settlement other modules react to (the reminders replan the claim from each, the agents'
 * notices follow an acceptance or a withdrawal). Each is a record published inside the transaction of the change
 * (docs/architecture/events.md says who listens and when).
 */
@NamedInterface("events")
@NullMarked
package fr.victimportal.offer.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
