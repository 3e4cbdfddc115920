package fr.victimportal.aggravation;

import fr.victimportal.aggravation.events.AggravationDeclared;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.insurer.AgentNotices;
import fr.victimportal.notification.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * L211-19: an aggravation goes to the insurer that paid; the agents of the insurer handling the claim (and its mailbox) get a procedure
 * notice. Written after the
 * declaration's commit, in a transaction of its own (Modulith's event publication registry keeps the event until it is
 * written, and hands it again after a restart); the outbox's key per agent and aggravation keeps a second delivery
 * from writing a second mail.
 */
@Component
class AggravationNotices {

    private static final Logger log = LoggerFactory.getLogger(AggravationNotices.class);

    private final AgentNotices agents;
    private final ClaimJobs claims;

    AggravationNotices(AgentNotices agents, ClaimJobs claims) {
        this.agents = agents;
        this.claims = claims;
    }

    @ApplicationModuleListener
    void on(AggravationDeclared declared) {
        String reference = declared.reference();
        MailMessage.Builder mail = MailMessage.subject("aggr.mail.declared.subject", reference, declared.number())
                .paragraph(
                        "aggr.mail.declared.lead",
                        reference,
                        declared.number(),
                        declared.worseSince(),
                        declared.declaredOn());
        if (declared.initialJudgmentOn() != null) {
            // no settlement recorded here: the victim says a final judgment settled the initial damage
            mail.paragraph("aggr.mail.declared.judgment", declared.initialJudgmentOn());
        }
        MailMessage message = mail.paragraph("aggr.mail.declared.legalBasis")
                .action("aggr.mail.action", "dossier/" + reference + "/aggravation")
                .build();
        // the insurer handling the claim now: its agents and mailbox, never another insurer's
        claims.handlingInsurerId(reference)
                .ifPresentOrElse(
                        insurer -> agents.tell(insurer, "aggravation:" + reference + ":" + declared.number(), message),
                        () -> log.warn(
                                "No handling insurer to tell of aggravation {} on claim {}",
                                declared.number(),
                                reference));
    }
}
