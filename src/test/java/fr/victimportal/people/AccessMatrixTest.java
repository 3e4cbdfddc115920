package fr.victimportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.aggravation.Aggravations;
import fr.victimportal.claim.AgentQueue;
import fr.victimportal.claim.ClaimConsultations;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.doctor.AssistingDoctors;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.mandate.Mandates;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentNotFoundException;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.offer.OfferService;
import fr.victimportal.people.AccessCast.Who;
import fr.victimportal.shared.UserInputException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role against every service action on one victim's claim, the expected outcome written as a table. The
 * "other" rows (another victim, another doctor, an agent of another insurer) type the claim's reference (and a
 * document id) they have no part in, as in a URL. The services decide,
 * whatever a screen shows: ALLOW means the call passes the access checks; DENY means "not found", "owner only" or
 * "access denied", and nothing changes.
 */
class AccessMatrixTest extends IntegrationTest {

    /** The rows: every role of {@link AccessCast} that can sign in. */
    private static final List<Who> ROWS =
            Arrays.stream(Who.values()).filter(w -> w != Who.ANONYMOUS).toList();

    enum Outcome {
        ALLOW,
        DENY
    }

    /** Columns: the actions, in this order. */
    enum Action {
        OPEN_DASHBOARD,
        READ_OFFER,
        ACCEPT_OFFER,
        REFUSE_OFFER,
        RECORD_PAYMENT,
        LIST_DOCUMENTS,
        OPEN_UNSHARED_MEDICAL,
        UPLOAD_DOCUMENT,
        READ_EXAMINATION,
        ASSISTING_DOCTOR,
        AGGRAVATION,
        LIST_MANDATES,
        CONSULTATIONS,
        SET_REPRESENTATIVE,
        AGENT_QUEUE,
        // the claim's thread (issue 23): ClaimThreads and DocumentRequests
        THREAD_OPEN,
        THREAD_PAGE,
        THREAD_POST,
        REQUEST_LIST,
        REQUEST_CREATE,
        REQUEST_ANSWER,
        REQUEST_REFUSE,
        REQUEST_WITHDRAW,
        // each claimant's R211-38 answers (issue 24): saving one's own, reading every claimant's
        ANSWERS_SAVE,
        ANSWERS_READ_ALL;

        /** The request actions each work on a request the agent opens just before (an answer closes it). */
        boolean onAFreshRequest() {
            return this == REQUEST_ANSWER || this == REQUEST_REFUSE || this == REQUEST_WITHDRAW;
        }
    }

    private static final Outcome A = Outcome.ALLOW;
    private static final Outcome D = Outcome.DENY;

    /** The expected table: one row per role, one column per {@link Action}. */
    private static final Map<Who, List<Outcome>> EXPECTED = new LinkedHashMap<>();

    static {
        // dash offer acc ref pay docs unsh upl exam doc aggr mand cons repr queue | thread: open page post list,
        // request: create answer refuse withdraw (doctors never see the thread; only the victim refuses) | R211-38
        // answers: save own, read all
        EXPECTED.put(
                Who.OWNER, row(List.of(A, A, A, A, D, A, A, A, A, A, A, A, A, A, D), A, A, A, A, D, A, A, D, D, D));
        EXPECTED.put(
                Who.OTHER_VICTIM,
                row(List.of(D, D, D, D, D, D, D, D, D, D, D, D, D, D, D), D, D, D, D, D, D, D, D, D, D));
        EXPECTED.put(
                Who.HELPER_ALL,
                row(List.of(A, A, D, D, D, A, D, A, A, A, A, D, D, D, D), A, A, A, A, D, A, D, D, D, D));
        EXPECTED.put(
                Who.HELPER_MAIL_ONLY,
                row(List.of(A, A, D, D, D, D, D, D, D, D, A, D, D, D, D), A, A, A, A, D, A, D, D, D, D));
        EXPECTED.put(
                Who.HELPER_NO_MAIL,
                row(List.of(A, D, D, D, D, A, D, A, A, A, D, D, D, D, D), D, D, D, D, D, D, D, D, D, D));
        EXPECTED.put(
                Who.HELPER_REVOKED,
                row(List.of(D, D, D, D, D, D, D, D, D, D, D, D, D, D, D), D, D, D, D, D, D, D, D, D, D));
        EXPECTED.put(
                Who.AGENT_SAME_INSURER,
                row(List.of(A, A, D, D, A, A, D, D, A, A, A, D, D, D, A), A, A, A, A, A, D, D, A, D, A));
        EXPECTED.put(
                Who.AGENT_OTHER_INSURER,
                row(List.of(D, D, D, D, D, D, D, D, D, D, D, D, D, D, D), D, D, D, D, D, D, D, D, D, D));
        EXPECTED.put(
                Who.INSURER_ADMIN,
                row(List.of(D, D, D, D, D, D, D, D, D, D, D, D, D, D, D), D, D, D, D, D, D, D, D, D, D));
        EXPECTED.put(
                Who.DOCTOR, row(List.of(A, D, D, D, D, A, D, D, A, A, A, D, D, D, D), D, D, D, D, D, D, D, D, D, D));
        EXPECTED.put(
                Who.EXPERT, row(List.of(A, D, D, D, D, A, D, D, A, A, A, D, D, D, D), D, D, D, D, D, D, D, D, D, D));
        EXPECTED.put(
                Who.OTHER_DOCTOR,
                row(List.of(D, D, D, D, D, D, D, D, D, D, D, D, D, D, D), D, D, D, D, D, D, D, D, D, D));
        // a relative of the living victim: the dashboard read-only and what is shared with them, never the thread; only
        // their own answers; the offer page opens on their own offers only (none here), never the victim's, which they
        // can neither accept nor refuse (RelativeOffersTest reads each party's offer)
        EXPECTED.put(
                Who.RELATIVE, row(List.of(A, A, D, D, D, A, D, D, D, D, D, D, D, D, D), D, D, D, D, D, D, D, D, A, D));
    }

    /** Cells where the service does not yet give the table's outcome, each with the outcome it gives today: none. */
    private static final Map<String, Outcome> KNOWN_GAPS = Map.of();

    private static List<Outcome> row(List<Outcome> claim, Outcome... threadAndAnswers) {
        List<Outcome> all = new ArrayList<>(claim);
        all.addAll(List.of(threadAndAnswers));
        return all;
    }

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferFixtures offers;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private OfferService offerService;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private Examinations examinations;

    @Autowired
    private AssistingDoctors doctors;

    @Autowired
    private Aggravations aggravations;

    @Autowired
    private Mandates mandates;

    @Autowired
    private ClaimConsultations consultations;

    @Autowired
    private AgentQueue queue;

    @Autowired
    private AccessCast cast;

    @Autowired
    private ThreadMatrixCalls thread;

    @Autowired
    private ClaimantAnswers answers;

    @Test
    void everyRoleAgainstEveryActionGivesTheOutcomeInTheTable() {
        var v = offers.victim("Matrice Victime");
        Map<Who, String> login = cast.around(v);
        long offerId = offers.record(
                v, OfferFixtures.complete(LocalDate.now(clock).minusDays(1), OfferFixtures.typicalHeads()));
        DocumentType care = Arrays.stream(DocumentType.values())
                .filter(t -> t.usualClass() == DocumentClass.MEDICAL_CARE)
                .findFirst()
                .orElseThrow();
        long medicalDoc = claims.as(
                        v.email(),
                        () -> documents.upload(
                                v.reference(),
                                List.of(new NewDocument(
                                        "bilan.pdf",
                                        TestFiles.pdf(),
                                        DocumentClass.MEDICAL_CARE,
                                        care,
                                        LocalDate.now(clock).minusDays(2),
                                        "Bilan"))))
                .get(0)
                .documentId();

        String ref = v.reference();
        Map<Action, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put(Action.OPEN_DASHBOARD, who -> claimService.open(ref));
        calls.put(Action.READ_OFFER, who -> offerService.latest(ref));
        // the version is read as the owner; a wrong one would be refused for another reason
        calls.put(Action.ACCEPT_OFFER, who -> offerService.accept(ref, offerId, offerVersion(v.email(), ref)));
        calls.put(Action.REFUSE_OFFER, who -> offerService.refuse(ref, offerId, offerVersion(v.email(), ref)));
        calls.put(
                Action.RECORD_PAYMENT,
                who -> offerService.recordPayment(ref, offerId, LocalDate.now(clock), new BigDecimal("100.00")));
        calls.put(Action.LIST_DOCUMENTS, who -> documents.list(ref));
        calls.put(
                Action.OPEN_UNSHARED_MEDICAL,
                who -> documents.read(medicalDoc, false, info -> OutputStream.nullOutputStream()));
        calls.put(Action.UPLOAD_DOCUMENT, who -> {
            var outcome = documents.upload(
                    ref,
                    List.of(new NewDocument(
                            "facture.pdf",
                            TestFiles.pdf(),
                            DocumentClass.FINANCIAL,
                            Arrays.stream(DocumentType.values())
                                    .filter(t -> t.usualClass() == DocumentClass.FINANCIAL)
                                    .findFirst()
                                    .orElseThrow(),
                            LocalDate.now(clock).minusDays(2),
                            "Facture")));
            assertThat(outcome.get(0).stored()).isTrue();
        });
        calls.put(Action.READ_EXAMINATION, who -> examinations.claim(ref));
        calls.put(Action.ASSISTING_DOCTOR, who -> doctors.state(ref));
        calls.put(Action.AGGRAVATION, who -> aggravations.claim(ref));
        calls.put(Action.LIST_MANDATES, who -> mandates.ofClaim(ref));
        calls.put(Action.CONSULTATIONS, who -> consultations.consultations(ref, 5));
        calls.put(
                Action.SET_REPRESENTATIVE,
                who -> claimService.saveRepresentation(
                        ref,
                        claimService.open(ref).version(),
                        new Representation(Representation.Person.MINOR, "Léo Victime", Representation.Role.PARENT)));
        // the queue is the agent's own screen: ALLOW means the claim is in it, DENY that it is not (or no queue at all)
        calls.put(Action.AGENT_QUEUE, who -> {
            if (queue.rows(ref, null, AgentQueue.Due.ANY).stream()
                    .noneMatch(r -> r.reference().equals(ref))) {
                throw new ClaimNotFoundException(ref);
            }
        });

        thread.addTo(calls, ref, v.email());
        calls.put(
                Action.ANSWERS_SAVE,
                who -> answers.save(
                        ref,
                        answers.mine(ref).map(ClaimantAnswers.Sheet::version).orElse(ClaimantAnswers.NEW),
                        ClaimantAnswersData.EMPTY));
        calls.put(Action.ANSWERS_READ_ALL, who -> answers.all(ref));
        String agent = login.get(Who.AGENT_SAME_INSURER);

        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Who who : ROWS) {
            // acceptance is tried last for the owner (it settles the claim): the table's order is kept otherwise
            for (Action action : Action.values()) {
                if (who == Who.OWNER && action == Action.ACCEPT_OFFER) {
                    continue;
                }
                cells++;
                if (action.onAFreshRequest()) {
                    thread.freshRequest(ref, agent, who + " " + action);
                }
                Outcome actual = outcome(login.get(who), calls.get(action));
                Outcome expected = KNOWN_GAPS.getOrDefault(
                        who + " × " + action, EXPECTED.get(who).get(action.ordinal()));
                if (actual != expected) {
                    mismatches.add(who + " × " + action + ": expected " + expected + ", got " + actual);
                }
            }
        }
        // the owner refused above (REFUSE_OFFER): a refused offer cannot be accepted; acceptance is the owner's
        // right, checked on a fresh offer
        long second = offers.record(v, OfferFixtures.complete(LocalDate.now(clock), OfferFixtures.typicalHeads()));
        cells++;
        Outcome ownerAccepts =
                outcome(v.email(), who -> offerService.accept(ref, second, offerVersion(v.email(), ref)));
        if (ownerAccepts != A) {
            mismatches.add("OWNER × ACCEPT_OFFER: expected ALLOW, got " + ownerAccepts);
        }
        assertThat(mismatches).isEmpty();
        assertThat(cells).isEqualTo(ROWS.size() * Action.values().length);
    }

    private long offerVersion(String owner, String ref) {
        return claims.as(owner, () -> offerService.latest(ref).orElseThrow().version());
    }

    private Outcome outcome(String login, Consumer<String> call) {
        try {
            claims.as(login, () -> {
                call.accept(login);
                return null;
            });
            return Outcome.ALLOW;
        } catch (ClaimNotFoundException | DocumentNotFoundException | AccessDeniedException denied) {
            return Outcome.DENY;
        } catch (UserInputException refused) {
            // "owner only" in any module's key: ownerOnly, refuseOwnerOnly, medicalOwnerOnly
            return refused.messageKey().toLowerCase(java.util.Locale.ROOT).endsWith("owneronly")
                            || refused.messageKey().endsWith("agentOnly")
                            || refused.messageKey().endsWith("claimantOnly")
                            || refused.messageKey().equals("claim.error.readOnly")
                    ? Outcome.DENY
                    : Outcome.ALLOW;
        }
    }
}
