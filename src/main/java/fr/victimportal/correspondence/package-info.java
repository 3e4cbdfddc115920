/**
 * The claim's correspondence: one thread per claim between the victim's side (the victim, a caseworker whose mandate
 * covers the correspondence) and the handling insurer's agents, with supporting documents attached or the victim's
 * medical documents linked under their consent ({@link fr.victimportal.correspondence.ClaimThreads}); the agents'
 * document requests and their answers or refusals ({@link fr.victimportal.correspondence.DocumentRequests}); the
 * hourly digest mails and the request reminders. Doctors never see it. Who may read and write is asked of the claim
 * module on every call.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "claim",
            "claim :: model",
            "claim :: spi",
            "medical",
            "insurer",
            "notification",
            "audit"
        })
@NullMarked
package fr.victimportal.correspondence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
