package fr.victimportal.claim.internal;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.domain.InjuryQuestionnaire;
import fr.victimportal.claim.domain.InjuryQuestionnaireRepository;
import fr.victimportal.claim.events.ClaimCorrected;
import fr.victimportal.claim.events.QuestionnaireAnswered;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The R211-37 questionnaire's answers and sending date, for {@link ClaimService}: a change of the sending date goes to
 * the correction history of a sent claim. Runs inside the caller's transaction.
 */
@Component
public class QuestionnaireEdits {

    private final InjuryQuestionnaireRepository questionnaires;
    private final ClaimAccessPolicy access;
    private final CurrentUser currentUser;
    private final ClaimEdits edits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean storeNir;

    QuestionnaireEdits(
            InjuryQuestionnaireRepository questionnaires,
            ClaimAccessPolicy access,
            CurrentUser currentUser,
            ClaimEdits edits,
            ApplicationEventPublisher events,
            Clock clock,
            PortalProperties properties) {
        this.questionnaires = questionnaires;
        this.access = access;
        this.currentUser = currentUser;
        this.edits = edits;
        this.events = events;
        this.clock = clock;
        this.storeNir = properties.questionnaire().storeNir();
    }

    /** Whether the operator lets the portal keep social-security numbers (décret 2019-341 is not settled, docs/legal-notes.md). */
    public boolean storesNir() {
        return storeNir;
    }

    public long save(
            String reference, long expectedVersion, QuestionnaireAnswers answers, LocalDate sentOn, boolean setSentOn) {
        Access a = access.require(reference, currentUser.require());
        if (!a.relation().mayEditAnswers()) {
            throw new ClaimNotFoundException(reference);
        }
        InjuryQuestionnaire q = questionnaires
                .findById(a.claim().getId())
                .orElseGet(() -> new InjuryQuestionnaire(a.claim().getId()));
        if (q.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(InjuryQuestionnaire.class, reference);
        }
        QuestionnaireAnswers clean = Clean.of(answers);
        QuestionnaireRules.check(clean, storeNir);
        LocalDate before = q.getSentOn();
        if (setSentOn && sentOn != null) {
            DeclarationRules.checkFact("sentOn", sentOn, a.claim().accident().date(), today());
            LocalDate presented = a.claim().dates().questionnairePresented();
            if (presented != null && sentOn.isBefore(presented)) {
                throw new UserInputException("sentOn", "claim.error.sentBeforePresented");
            }
        }
        q.apply(clean, storeNir, today(), clock.instant());
        if (setSentOn) {
            q.sentOn(sentOn);
        }
        long version = questionnaires.saveAndFlush(q).getVersion();
        if (!Objects.equals(before, q.getSentOn())) {
            // the insurer's offer deadline turns on this date: kept in the history, and the reminders re-planned
            edits.recordQuestionnaireSentOn(a.claim(), before, q.getSentOn());
            if (before == null) {
                events.publishEvent(new QuestionnaireAnswered(reference, q.getSentOn()));
            } else {
                events.publishEvent(new ClaimCorrected(reference, "questionnaire"));
            }
        }
        return version;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
