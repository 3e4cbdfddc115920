package fr.victimportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.RequestItem;
import fr.victimportal.family.FamilyTestSupport;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.people.AccessMatrixTest.Action;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The claim's thread around a death (issue 24), with {@link AccessMatrixTest}'s thread columns: before the death no
 * relative reads it, an heir included; once the death is recorded the active heir takes part like the victim did
 * (reads, writes, answers and declines the insurer's requests, but never a medical one: the medical rules stay), while
 * a relative who is not an heir still never reads it.
 */
class HeirThreadMatrixTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final List<Action> THREAD = List.of(
            Action.THREAD_OPEN,
            Action.THREAD_PAGE,
            Action.THREAD_POST,
            Action.REQUEST_LIST,
            Action.REQUEST_CREATE,
            Action.REQUEST_ANSWER,
            Action.REQUEST_REFUSE,
            Action.REQUEST_WITHDRAW);

    private static final boolean A = true;
    private static final boolean D = false;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private FamilyTestSupport family;

    @Autowired
    private ThreadMatrixCalls thread;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private DocumentRequests requests;

    @Test
    void anHeirTakesPartInTheThreadOnlyAfterTheDeathAndARelativeNever() {
        today(2026, 11, 20, 10);
        var cast = medical.claimWithParticipants();
        String ref = cast.reference();
        String heir = family.join(SMTP, ref, cast.agent(), "Léa Martin", KinLink.CHILD);
        String sibling = family.join(SMTP, ref, cast.victim(), "Paul Martin", KinLink.SIBLING);
        Map<Action, Consumer<String>> calls = new LinkedHashMap<>();
        thread.addTo(calls, ref, cast.victim());

        Map<String, List<Boolean>> before = new LinkedHashMap<>();
        before.put("heir", row(D, D, D, D, D, D, D, D));
        before.put("sibling", row(D, D, D, D, D, D, D, D));
        before.put("relative", row(D, D, D, D, D, D, D, D));
        List<String> mismatches = new ArrayList<>();
        check(
                "before",
                before,
                Map.of("heir", heir, "sibling", sibling, "relative", cast.relative()),
                calls,
                ref,
                cast.agent(),
                mismatches);

        family.recordDeath(cast.agent(), ref, LocalDate.of(2026, 11, 10));

        Map<String, List<Boolean>> after = new LinkedHashMap<>();
        // open page post list | create answer refuse withdraw
        after.put("heir", row(A, A, A, A, D, A, A, D));
        after.put("sibling", row(D, D, D, D, D, D, D, D));
        after.put("relative", row(D, D, D, D, D, D, D, D));
        after.put("agent", row(A, A, A, A, A, D, D, A));
        check(
                "after",
                after,
                Map.of("heir", heir, "sibling", sibling, "relative", cast.relative(), "agent", cast.agent()),
                calls,
                ref,
                cast.agent(),
                mismatches);
        assertThat(mismatches).isEmpty();

        // the heir's message is in the thread, under their name; a medical request stays the victim's alone
        assertThat(claims.as(cast.agent(), () -> threads.page(ref, Long.MAX_VALUE, 50)))
                .anySatisfy(l -> assertThat(l.authorName()).isEqualTo("Léa Martin"));
        long medicalRequest = claims.as(
                cast.agent(),
                () -> requests.create(
                        ref, RequestItem.HOSPITAL_REPORTS, null, "Pour l’offre.", LocalDate.of(2026, 12, 1)));
        assertThatThrownBy(() -> claims.as(heir, () -> {
                    requests.answerWithUpload(
                            medicalRequest,
                            new NewDocument("cr.pdf", TestFiles.pdf(), null, null, LocalDate.of(2026, 11, 1), "CR"));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("correspondence.request.error.medicalOwnerOnly"));
    }

    private static List<Boolean> row(Boolean... cells) {
        return List.of(cells);
    }

    private void check(
            String phase,
            Map<String, List<Boolean>> expected,
            Map<String, String> logins,
            Map<Action, Consumer<String>> calls,
            String ref,
            String agent,
            List<String> mismatches) {
        expected.forEach((who, cells) -> {
            for (int i = 0; i < THREAD.size(); i++) {
                Action action = THREAD.get(i);
                if (action.onAFreshRequest()) {
                    thread.freshRequest(ref, agent, phase + " " + who + " " + action);
                }
                boolean allowed = allowed(logins.get(who), calls.get(action));
                if (allowed != cells.get(i)) {
                    mismatches.add(phase + " " + who + " × " + action + ": expected " + cells.get(i));
                }
            }
        });
    }

    private boolean allowed(String login, Consumer<String> call) {
        try {
            claims.as(login, () -> {
                call.accept(login);
                return null;
            });
            return true;
        } catch (ClaimNotFoundException denied) {
            return false;
        } catch (UserInputException refused) {
            String key = refused.messageKey();
            return !(key.endsWith("OwnerOnly") || key.endsWith("ownerOnly") || key.endsWith("agentOnly"));
        }
    }
}
