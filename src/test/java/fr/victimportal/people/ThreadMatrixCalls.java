package fr.victimportal.people;

import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.RequestItem;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.people.AccessMatrixTest.Action;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The claim's thread in {@link AccessMatrixTest} (issue 23): the calls of its columns, on a thread that holds a
 * message with a supporting document attached, and a fresh request opened by the agent before each cell that answers,
 * refuses or withdraws one (a request is closed only once).
 */
@Component
class ThreadMatrixCalls {

    private final ClaimFixtures claims;
    private final ClaimThreads threads;
    private final DocumentRequests requests;
    private final Clock clock;

    /** The request the next answer, refusal or withdrawal is about. */
    private long request;

    ThreadMatrixCalls(ClaimFixtures claims, ClaimThreads threads, DocumentRequests requests, Clock clock) {
        this.claims = claims;
        this.threads = threads;
        this.requests = requests;
        this.clock = clock;
    }

    /** The victim writes the first message, with a supporting document; then the thread's columns are added. */
    void addTo(Map<Action, Consumer<String>> calls, String ref, String victim) {
        claims.as(
                victim,
                () -> threads.post(
                        ref,
                        "Voici la facture du garage.",
                        List.of(new NewDocument(
                                "garage.pdf",
                                TestFiles.pdf(),
                                DocumentClass.FINANCIAL,
                                DocumentType.PAYSLIP,
                                LocalDate.now(clock).minusDays(3),
                                "Facture du garage")),
                        List.of(),
                        List.of()));
        calls.put(Action.THREAD_OPEN, who -> threads.open(ref));
        calls.put(Action.THREAD_PAGE, who -> threads.page(ref, Long.MAX_VALUE, 30));
        calls.put(
                Action.THREAD_POST,
                who -> threads.post(ref, "Bonjour, où en est le dossier ?", List.of(), List.of(), List.of()));
        calls.put(Action.REQUEST_LIST, who -> requests.list(ref));
        calls.put(
                Action.REQUEST_CREATE,
                who -> requests.create(
                        ref, RequestItem.OTHER, "Pièce de " + who, "Pour instruire le dossier.", due(14)));
        calls.put(
                Action.REQUEST_ANSWER,
                who -> requests.answerWithUpload(
                        request,
                        new NewDocument("piece.pdf", TestFiles.pdf(), null, null, LocalDate.now(clock), "Pièce")));
        calls.put(Action.REQUEST_REFUSE, who -> requests.refuse(request, "Je ne l’ai pas."));
        calls.put(Action.REQUEST_WITHDRAW, who -> requests.withdraw(request));
    }

    /**
     * The agent of the handling insurer opens a request with its own label, for the next cell, and withdraws the
     * previous cell's one if it is still open (a claim holds at most DocumentRequests.MAX_OPEN open requests).
     */
    void freshRequest(String ref, String agent, String label) {
        if (request != 0) {
            long previous = request;
            claims.as(agent, () -> {
                if (requests.list(ref).stream().anyMatch(r -> r.id() == previous && r.open())) {
                    requests.withdraw(previous);
                }
                return null;
            });
        }
        request = claims.as(agent, () -> requests.create(ref, RequestItem.OTHER, label, "Pour la matrice.", due(7)));
    }

    private LocalDate due(int days) {
        return LocalDate.now(clock).plusDays(days);
    }
}
