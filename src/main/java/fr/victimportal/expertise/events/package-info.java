/**
 * Facts of the insurer's medical examination other modules react to: the notice recorded, the report received, the
 * report's figures copied. Each is a record published inside the transaction of the change
 * (docs/architecture/events.md says who listens and when).
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package fr.victimportal.expertise.events;
