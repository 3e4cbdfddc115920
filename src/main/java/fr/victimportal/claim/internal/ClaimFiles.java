package fr.victimportal.claim.internal;

import fr.victimportal.account.AccountService;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimRevision;
import fr.victimportal.claim.domain.ClaimRevisionRepository;
import fr.victimportal.claim.domain.InjuryQuestionnaire;
import fr.victimportal.claim.domain.InjuryQuestionnaireRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.claim.model.Relation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Builds the {@link ClaimFile} a reader sees, for {@link ClaimService}: what their relation and mandate let through. */
@Component
public class ClaimFiles {

    private final InjuryQuestionnaireRepository questionnaires;
    private final ClaimRevisionRepository revisions;
    private final AccountService accounts;

    ClaimFiles(
            InjuryQuestionnaireRepository questionnaires, ClaimRevisionRepository revisions, AccountService accounts) {
        this.questionnaires = questionnaires;
        this.revisions = revisions;
        this.accounts = accounts;
    }

    public ClaimFile toFile(Access a) {
        return toFile(a, null);
    }

    /** With {@code ownerNames} given (a list of claims), the names come from it and the history is left out. */
    public ClaimFile toFile(Access a, Map<Long, String> ownerNames) {
        Claim c = a.claim();
        var q = questionnaires.findById(c.getId());
        var revs =
                ownerNames != null ? List.<ClaimRevision>of() : revisions.findByClaimIdOrderByRevisedAtDesc(c.getId());
        Map<Long, String> names = ownerNames != null
                ? ownerNames
                : accounts.displayNames(
                        Stream.concat(Stream.of(c.getOwnerId()), revs.stream().map(ClaimRevision::getRevisedBy))
                                .distinct()
                                .toList());
        List<ClaimFile.Revision> history = revs.stream()
                .map(r -> new ClaimFile.Revision(
                        r.getRevisedAt(),
                        names.get(r.getRevisedBy()),
                        r.getSection(),
                        RecordDiff.decode(r.getChanges())))
                .toList();
        QuestionnaireAnswers answers = q.map(InjuryQuestionnaire::answers).orElse(QuestionnaireAnswers.empty());
        if (a.relation() != Relation.OWNER) {
            answers = answers.withoutNir();
        }
        if (!a.allows(HelperScope.DOCUMENTS) && !a.allows(HelperScope.CORRESPONDENCE)) {
            answers = QuestionnaireAnswers.empty(); // a caseworker whose mandate covers neither documents nor mail
        }
        return new ClaimFile(
                c.getVersion(),
                c.getReference(),
                c.getStatus(),
                c.getWizardStep(),
                // issue 24: a claim an heir opened is the deceased's, whose name the heir gave
                c.representation().heir() ? c.representation().representedName() : names.get(c.getOwnerId()),
                a.relation(),
                c.accident(),
                c.situation(),
                c.vehicleDetails(),
                c.dates(),
                answers,
                q.map(InjuryQuestionnaire::getVersion).orElse(0L),
                c.getSubmittedAt(),
                history,
                a.scope(),
                c.representation(),
                c.procedureFacts(),
                q.map(InjuryQuestionnaire::getSentOn).orElse(null),
                c.isDeclarantAsked(),
                c.getHandlingInsurerId(),
                c.handling().actedAt() != null,
                c.getResponsible());
    }
}
