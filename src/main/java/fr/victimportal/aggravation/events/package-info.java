/**
 * Facts of an aggravation other modules react to: declared, consolidated. Each is a record published inside the
 * transaction of the change (docs/architecture/events.md says who listens and when).
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package fr.victimportal.aggravation.events;
