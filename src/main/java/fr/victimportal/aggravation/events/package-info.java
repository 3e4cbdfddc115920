/**
 * Facts of an aggravation other modules react to: declared, consolidated. Each is a record published inside the
 * transaction of the change (docs/architecture/events.md says who listens and when).
 */
@NamedInterface("events")
@NullMarked
package fr.victimportal.aggravation.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
