/**
 * Facts of the offer and its settlement other modules react to (the reminders replan the claim from each, the agents'
 * notices follow an acceptance or a withdrawal). Each is a record published inside the transaction of the change
 * (docs/architecture/events.md says who listens and when).
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package fr.victimportal.offer.events;
