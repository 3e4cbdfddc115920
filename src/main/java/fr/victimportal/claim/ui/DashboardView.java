package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimConsultations;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimInsurers;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.ProcedureStage;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.CorrespondenceSummary;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One screen that says where the procedure stands, what to do next, and by which date. */
@Route(value = "dossier/:reference", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT", "HELPER"})
public class DashboardView extends ClaimPage<ClaimFile> {

    private final ClaimService claims;
    private final ClaimDeadlines deadlines;
    private final Clock clock;

    private final ClaimConsultations consultations;
    private final ClaimInsurers claimInsurers;
    private final ObjectProvider<CorrespondenceSummary> correspondence;

    /**
     * Issue 25: the screen is read in one read-only transaction, so its services' access checks find the claim the
     * page opened (each still checks; the row is read once) and the insurer is loaded once.
     */
    private final TransactionTemplate readOnly;

    @org.springframework.beans.factory.annotation.Autowired
    private ClaimFamily family;

    public DashboardView(
            ClaimService claims,
            ClaimDeadlines deadlines,
            Clock clock,
            ClaimConsultations consultations,
            ClaimInsurers claimInsurers,
            ObjectProvider<CorrespondenceSummary> correspondence,
            PlatformTransactionManager transactions) {
        super("dashboard.pageTitle");
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.claims = claims;
        this.deadlines = deadlines;
        this.clock = clock;
        this.consultations = consultations;
        this.claimInsurers = claimInsurers;
        this.correspondence = correspondence;
        addClassNames("portal-page", "dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        readOnly.executeWithoutResult(status -> {
            super.beforeEnter(event);
            // nothing to commit; a claim refused as "not found" inside marks the transaction rollback-only, and a
            // commit would then fail instead of showing the not-found page: always end it with a plain rollback
            status.setRollbackOnly();
        });
    }

    @Override
    protected ClaimFile open(String reference) {
        return claims.open(reference);
    }

    @Override
    protected void enter(BeforeEnterEvent event, ClaimFile file) {
        if (!file.submitted()) {
            event.forwardTo("declaration/" + file.reference());
            return;
        }
        show(file);
    }

    @Override
    protected void show(ClaimFile file) {
        LocalDate today = LocalDate.now(clock);
        removeAll();
        add(new H1(getTranslation("dashboard.title", file.reference())));
        if (!file.editable()) {
            add(new Paragraph(getTranslation("claim.wizard.readOnly", file.ownerName())));
        }
        // issue 25: the legal clock's facts and the death asked once for the whole screen, not once per card
        ClaimDeadlines.Overview overview = deadlines.overviewOf(file, today, clock.getZone());
        Optional<ClaimFamily.Death> death = family.death(file.reference());
        // issue 24: the family's words after a death
        add(new FamilyPanel(file, death, deadlines, overview.deadlines()));
        ProcedureStage.Progress progress = overview.progress();
        CorrespondenceSummary.Summary thread = threadOf(file, death.isPresent());
        add(nextActions(file, progress, thread, overview.settlement() != null));
        if (thread != null) {
            add(new MessagesPanel(file.reference(), thread, getLocale()));
        }
        add(new InsurerPanel(file, claimInsurers.handling(file.reference())));
        if (file.representation().represented() && !file.representation().heir()) {
            add(new RepresentationPanel(file));
        } else if (file.editable() && RepresentationPanel.minorOn(file, today)) {
            add(new RepresentationPanel(file));
        }
        if (file.viewer() == Relation.OWNER) {
            add(new ConsultationsPanel(
                    file.reference(), consultations.consultations(file.reference(), ConsultationsPanel.SHOWN), clock));
        }
        add(
                new DeadlineList(overview.deadlines(), today, file.byRepresentative(), file.reference()),
                new StageTimeline(progress),
                new LiabilityPanel(
                        file,
                        deadlines.responsibleOf(file),
                        file.editable() ? who -> saveResponsible(file, who) : null));
        if (file.viewer() != Relation.RELATIVE) {
            // the declaration's corrections show its answers (income, injuries): the victim's own, not a relative's
            add(new RevisionHistory(file));
        }
    }

    /** The owner says who answers for the accident; the dates and the reminders follow at once. */
    private void saveResponsible(ClaimFile file, Responsible who) {
        claims.saveResponsible(file.reference(), file.version(), who);
        show(claims.open(file.reference()));
    }

    /**
     * What the claim's thread holds for its reader (one summary per screen), or {@code null} when not shown. Whether
     * the reader is an heir after the death is asked only when a death is recorded.
     */
    private CorrespondenceSummary.@Nullable Summary threadOf(ClaimFile file, boolean died) {
        if (!MessagesPanel.shownTo(file, died && family.heirAfterDeath(file.reference()))) {
            return null;
        }
        CorrespondenceSummary summary = correspondence.getIfAvailable();
        return summary == null ? null : summary.of(file.reference());
    }

    /** The one or two things that matter now, each a link to the screen that does it. */
    private Section nextActions(
            ClaimFile file,
            ProcedureStage.Progress progress,
            CorrespondenceSummary.@Nullable Summary thread,
            boolean settled) {
        Section section = new Section(new H2(getTranslation("dashboard.next")));
        section.addClassNames("card", "next-actions");
        UnorderedList list = new UnorderedList();
        String base = "dossier/" + file.reference();
        ProcedureStage stage = progress.current();
        boolean initialBeforeOffer = !progress.aggravationCycle() && stage.compareTo(ProcedureStage.OFFER) < 0;
        boolean relative = file.viewer() == Relation.RELATIVE;
        if (!file.questionnaireAnswered() && initialBeforeOffer && !relative) {
            list.add(action(base + "/questionnaire", "dashboard.next.questionnaire"));
        }
        if ((file.dates().declaredToInsurer() == null || file.dates().questionnairePresented() == null)
                && initialBeforeOffer
                && !relative) {
            list.add(action("declaration/" + file.reference() + "/4", "dashboard.next.dates"));
        }
        if (list.getChildren().findAny().isEmpty()) {
            stageLine(file, progress).ifPresent(line -> {
                ListItem item = new ListItem(line);
                item.addClassName("stage-next");
                list.add(item);
            });
        }
        // the insurer's document requests (correspondence module), answered by the victim's side on the thread's page
        if (MessagesPanel.answersRequests(file, thread)) {
            ListItem requests = action(
                    MessagesPanel.path(file.reference()),
                    "dashboard.next.requests",
                    thread.openRequests(),
                    Formats.date(thread.nextDue(), getLocale()));
            requests.addClassName("open-requests");
            list.add(requests);
        }
        // the claim's documents (medical module); the owner manages them, the others see what the rules let them see;
        // a caseworker sees only the links their mandate opens (the services refuse the rest anyway)
        if (file.allows(HelperScope.DOCUMENTS)) {
            list.add(action(
                    base + "/documents", file.editable() ? "dashboard.next.documents" : "medical.documents.pageTitle"));
        }
        // the examination (expertise module) and the offer (offer module): links only, claim depends on neither
        if (file.allows(HelperScope.FIND_DOCTOR)) {
            list.add(action(base + "/medecin", forReader(file, "dashboard.next.doctor")));
        }
        if (file.allows(HelperScope.ACCOMPANY)) {
            list.add(action(base + "/examen", forReader(file, "dashboard.next.exam")));
        }
        if (file.allows(HelperScope.CORRESPONDENCE)) {
            list.add(action(base + "/offre", "dashboard.next.offer"));
        } else if (relative) {
            // each relative's or heir's own offer (issue 24): the offer page shows them theirs only
            list.add(action(base + "/offre", "dashboard.next.offer.relative"));
        }
        // after a settlement the file stays open: the aggravation right (aggravation module), ten years each
        if (settled && file.allows(HelperScope.CORRESPONDENCE)) {
            list.add(action(base + "/aggravation", forReader(file, "dashboard.next.aggravation")));
        }
        if (file.editable() || file.viewer() == Relation.AGENT) {
            // the facts that move the insurer's offer deadlines (L211-9 al. 1, R211-30, R211-34, R211-35 al. 2)
            list.add(action(base + "/faits", "dashboard.next.facts"));
        }
        if (file.editable()) {
            // the owner's people: an association under a mandate (mandate module), and who holds the claim
            list.add(action(base + "/mandats", "dashboard.next.mandates"));
            list.add(action(base + "/representation", Voice.key(file, "dashboard.next.representation")));
        }
        section.add(list);
        return section;
    }

    /** What the current stage of the latest cycle calls for, in one sentence (nothing when the screen links say it). */
    private Optional<String> stageLine(ClaimFile file, ProcedureStage.Progress progress) {
        ProcedureStage.Cycle c = progress.cycle();
        var exam = c.examination();
        var settlement = c.settlement();
        var locale = getLocale();
        return Optional.ofNullable(
                switch (progress.current()) {
                    case QUESTIONNAIRE ->
                        progress.aggravationCycle() ? getTranslation("dashboard.next.stage.QUESTIONNAIRE") : null;
                    case EXAMINATION ->
                        exam != null && exam.examinationDate() != null
                                ? getTranslation(
                                        "dashboard.next.stage.EXAMINATION.scheduled",
                                        Formats.date(exam.examinationDate(), locale))
                                : getTranslation(forReader(file, "dashboard.next.examination"));
                    case REPORT -> getTranslation("dashboard.next.stage.REPORT");
                    case OFFER ->
                        getTranslation(
                                c.offer() == null
                                        ? "dashboard.next.stage.OFFER.awaited"
                                        : "dashboard.next.stage.OFFER.received");
                    case SETTLEMENT ->
                        c.acceptedAwaitingAuthorisationOn() == null
                                ? null
                                : getTranslation(
                                        "dashboard.next.stage.SETTLEMENT.awaitingAuthorisation",
                                        Formats.date(c.acceptedAwaitingAuthorisationOn(), locale));
                    case WITHDRAWAL_PERIOD ->
                        getTranslation(
                                "dashboard.next.stage.WITHDRAWAL_PERIOD",
                                Formats.date(settlement.concludedOn(), locale),
                                Formats.date(settlement.withdrawalEndsOn(), locale));
                    case PAYMENT ->
                        getTranslation("dashboard.next.stage.PAYMENT", Formats.date(settlement.paymentDueOn(), locale));
                    case AGGRAVATION ->
                        getTranslation(
                                Voice.key(
                                        file,
                                        c.offer() != null
                                                        && "PROVISIONAL"
                                                                .equals(c.offer()
                                                                        .kind())
                                                ? "dashboard.next.stage.PAID.provisional"
                                                : "dashboard.next.stage.PAID"),
                                Formats.date(settlement.paidOn(), locale));
                    default -> null;
                });
    }

    /**
     * The owner reads "your doctor" (or, when a representative fills in the claim, words about "the victim"); a
     * caseworker, an agent or a doctor reads "the victim's doctor".
     */
    private static String forReader(ClaimFile file, String key) {
        return file.viewer() == Relation.OWNER ? Voice.key(file, key) : key + ".other";
    }

    private ListItem action(String href, String key, Object... params) {
        Anchor link = new Anchor(href, getTranslation(key, params));
        link.addClassName("action-link");
        link.getElement().setAttribute("theme", ButtonVariant.LUMO_PRIMARY.getVariantName());
        return new ListItem(link);
    }
}
