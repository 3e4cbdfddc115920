package fr.victimportal.family.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.family.DeathRecording;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The people around a claim (issue 24): the recorded death of the direct victim (or the form to record it, for the
 * handling insurer's agent or an heir), the relatives and heirs who take part, and the invitation form for the living
 * victim or the agent. Relatives see the page read-only. Who may do what is decided by the services on every call.
 */
@Route(value = "dossier/:reference/famille", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT"})
public class FamilyView extends ClaimPage<FamilyView.Page> {

    private final ClaimParticipants participants;
    private final ClaimFamily family;
    private final ClaimRelatives relatives;
    private final DeathRecording recording;
    private final UploadStaging staging;
    private final Clock clock;
    private final ClaimService claims;
    private final ClaimDeadlines deadlines;

    /** What the page shows, read once per opening. */
    public record Page(
            String reference,
            Relation viewer,
            Optional<ClaimFamily.Death> death,
            boolean mayRecordDeath,
            boolean mayInvite,
            List<ClaimRelatives.ClaimantLine> claimants) {}

    public FamilyView(
            ClaimParticipants participants,
            ClaimFamily family,
            ClaimRelatives relatives,
            DeathRecording recording,
            UploadStaging staging,
            Clock clock,
            ClaimService claims,
            ClaimDeadlines deadlines) {
        super("family.pageTitle");
        this.claims = claims;
        this.deadlines = deadlines;
        this.participants = participants;
        this.family = family;
        this.relatives = relatives;
        this.recording = recording;
        this.staging = staging;
        this.clock = clock;
        addClassNames("portal-page", "family");
    }

    @Override
    protected Page open(String reference) {
        List<ClaimRelatives.ClaimantLine> claimants = relatives.list(reference); // "not found" for anyone else
        return new Page(
                reference,
                participants.context(reference).viewer(),
                family.death(reference),
                family.mayRecordDeath(reference),
                relatives.mayInvite(reference),
                claimants);
    }

    @Override
    protected void show(Page page) {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        add(new H1(getTranslation("family.title", page.reference())));
        Section death = new Section(new H2(getTranslation("family.death.title")));
        death.addClassName("card");
        if (page.death().isPresent()) {
            ClaimFamily.Death d = page.death().get();
            death.add(new Paragraph(getTranslation(
                    "family.death.recorded",
                    Formats.date(d.diedOn(), getLocale()),
                    getTranslation("family.death.cause." + d.fromAccident().name()))));
        } else {
            death.add(new Paragraph(getTranslation("family.death.notRecorded")));
        }
        add(death);
        if (page.death().isPresent() && page.viewer() == Relation.RELATIVE) {
            // issue 24: the family's guidance, in plain words, once the death is recorded
            add(new FamilyGuidance(claims.open(page.reference()), deadlines, today));
        }
        if (page.mayRecordDeath()) {
            add(DeathForm.record(page.reference(), today, recording, staging, this::reload));
        } else if (page.death().isPresent() && page.viewer() == Relation.AGENT) {
            add(DeathForm.correct(page.reference(), today, family, this::reload));
        }
        ClaimantList people = new ClaimantList(
                page.reference(),
                page.claimants(),
                page.mayInvite()
                        && page.viewer() != Relation.RELATIVE, // only the living victim or the agent end a part
                page.viewer() == Relation.AGENT,
                relatives,
                this::reload);
        add(people);
        if (page.viewer() == Relation.RELATIVE || page.viewer() == Relation.AGENT) {
            Anchor answers = new Anchor(
                    "dossier/" + page.reference() + "/famille/mes-reponses",
                    getTranslation(
                            page.viewer() == Relation.AGENT ? "family.answers.linkAgent" : "family.answers.link"));
            answers.addClassName("answers-link");
            people.add(new Paragraph(answers));
        }
        if (page.mayInvite()) {
            // the agent adds heirs; so does the heir who opened the claim of a victim who never had an account
            add(new InviteForm(page.reference(), page.viewer(), relatives, this::reload));
        }
        add(new Anchor("dossier/" + page.reference(), getTranslation("family.back")));
    }
}
