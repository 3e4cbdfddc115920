/**
 * Insurers as organisations: the list a victim chooses the handling insurer from (the guarantee fund FGAO among
 * them), loaded from a versioned data file; the agents and administrators who belong to each; and the procedure
 * notices to an insurer's agents and mailbox. An agent sees only their own insurer's claims (the claim module's access
 * policy asks {@link fr.victimportal.account.PortalUser#agentOf(Long)}).
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            // the invitations and notices go through the outbox
            "notification",
            // the administrator reads their agents' actions
            "audit"
        })
@NullMarked
package fr.victimportal.insurer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
