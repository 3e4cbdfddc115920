package fr.victimportal.aggravation;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.aggravation.events.AggravationDeclared;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
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

    private final Outbox outbox;
    private final AccountService accounts;

    AggravationNotices(Outbox outbox, AccountService accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(AggravationDeclared declared) {
        String reference = declared.reference();
        for (long agent : accounts.idsWithRole(Role.AGENT)) {
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
            outbox.enqueue(Mail.notice(
                    agent,
                    mail.paragraph("aggr.mail.declared.legalBasis")
                            .action("aggr.mail.action", "dossier/" + reference + "/aggravation")
                            .build(),
                    "aggravation:" + reference + ":" + declared.number() + ":" + agent));
        }
    }
}
