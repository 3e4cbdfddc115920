package fr.victimportal.family.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A claimant's R211-38 answers (issue 24): the claimant (a relative or heir; for a minor, the representative's account)
 * fills and saves their own, beside the list of papers to gather; the handling insurer's agent reads every claimant's,
 * read-only. The direct victim, another relative and anyone else get "not found".
 */
@Route(value = "dossier/:reference/famille/mes-reponses", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT"})
public class ClaimantAnswersView extends ClaimPage<ClaimantAnswersView.Page> {

    private final ClaimParticipants participants;
    private final ClaimantAnswers answers;
    private final ClaimFamily family;
    private final Clock clock;

    /** What the page shows: the claimant's own sheet, or every sheet for the agent. */
    public record Page(
            String reference,
            Relation viewer,
            Optional<ClaimantAnswers.Sheet> mine,
            List<ClaimantAnswers.Sheet> all,
            boolean certificateOnFile) {}

    public ClaimantAnswersView(
            ClaimParticipants participants, ClaimantAnswers answers, ClaimFamily family, Clock clock) {
        super("family.answers.pageTitle");
        this.participants = participants;
        this.answers = answers;
        this.family = family;
        this.clock = clock;
        addClassNames("portal-page", "claimant-answers");
    }

    @Override
    protected Page open(String reference) {
        Relation viewer = participants.context(reference).viewer(); // "not found" for anyone with no part in it
        boolean certificate =
                family.death(reference).map(d -> d.proofDocumentId() != null).orElse(false);
        if (viewer == Relation.AGENT) {
            return new Page(reference, viewer, Optional.empty(), answers.all(reference), certificate);
        }
        Optional<ClaimantAnswers.Sheet> mine = answers.mine(reference);
        if (mine.isEmpty()) {
            throw new ClaimNotFoundException(reference); // the victim, a caseworker, a doctor: not theirs to read
        }
        return new Page(reference, viewer, mine, List.of(), certificate);
    }

    @Override
    protected void show(Page page) {
        removeAll();
        add(new H1(getTranslation("family.answers.title", page.reference())));
        if (page.viewer() == Relation.AGENT) {
            add(new Paragraph(getTranslation("family.answers.agentLead")));
            add(new AnswersSummary(page.all(), getLocale()));
        } else {
            add(new Paragraph(getTranslation("family.answers.lead")));
            add(new GatherChecklist(page.certificateOnFile()));
            add(new AnswersForm(
                    page.reference(), page.mine().orElseThrow(), answers, LocalDate.now(clock), this::reload));
        }
        add(new Anchor("dossier/" + page.reference() + "/famille", getTranslation("family.answers.back")));
    }
}
