package fr.victimportal.aggravation;

import fr.victimportal.account.AgentNotices;
import fr.victimportal.aggravation.events.AggravationDeclared;
import fr.victimportal.notification.MailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * L211-19: an aggravation goes to the insurer that paid; its agents get a procedure notice. Written after the
 * declaration's commit, in a transaction of its own (Modulith's event publication registry keeps the event until it is
 * written, and hands it again after a restart); the outbox's key per agent and aggravation keeps a second delivery
 * from writing a second mail.
 */
@Component
class AggravationNotices {

    private final AgentNotices agents;

    AggravationNotices(AgentNotices agents) {
        this.agents = agents;
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
        agents.tell(
                "aggravation:" + reference + ":" + declared.number(),
                mail.paragraph("aggr.mail.declared.legalBasis")
                        .action("aggr.mail.action", "dossier/" + reference + "/aggravation")
                        .build());
    }
}
