/**
 * Which deadline reminders are due for which claim. Listens, inside the transaction of each change, to the facts that
 * move a claim's legal clock (the events of the claim, the offer, the examination and the aggravation) and keeps, per
 * claim, a plan of reminders derived from the legal clock (one row per claim, kind and due date, UNIQUE in the
 * database); the reminder job sends the due ones through the notification outbox, after checking them once more
 * against the claim as it is now. Nobody calls this module.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "deadline",
            "notification",
            "claim",
            "claim :: model",
            // it runs as nobody, so it reads the legal clock without a caller check
            "claim :: spi",
            // it replans on the facts the other modules publish
            "claim :: events",
            "expertise :: events",
            "offer :: events",
            "aggravation :: events",
            "expertise",
            "offer",
            "aggravation"
        })
@NullMarked
package fr.victimportal.reminder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
