/**
 * Facts of the insurer's medical examination other modules react to: the notice recorded, the report received, the
 * report's figures copied. Each is a record published inside the transaction of the change
 * (docs/architecture/events.md says who listens and when).
 */
@NamedInterface("events")
@NullMarked
package fr.victimportal.expertise.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
