package fr.victimportal.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.PersonalDataExport;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The thread and the requests in "download all my data": the owner's ZIP holds them, nobody else's does. */
class ThreadDataSectionTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private DocumentRequests requests;

    @Autowired
    private PersonalDataExport export;

    private Map<String, String> zipOf(String login) {
        return fixtures.as(login, () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                export.writeMine(bytes);
                Map<String, String> entries = new HashMap<>();
                try (ZipInputStream in =
                        new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8)) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                return entries;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void theOwnersExportHoldsTheThreadAndTheRequestsAndAnotherUsersDoesNot() {
        today(2026, 11, 3, 9);
        Cast cast = medical.claimWithParticipants();
        String ref = cast.reference();
        fixtures.as(
                cast.victim(),
                () -> threads.post(ref, "Bonjour, où en est mon dossier ?", List.of(), List.of(), List.of()));
        long asked = fixtures.as(
                cast.agent(),
                () -> requests.create(
                        ref, RequestItem.PAYSLIPS, null, "Pour la perte de revenus.", LocalDate.of(2026, 11, 20)));
        fixtures.as(cast.victim(), () -> {
            requests.refuse(asked, "Je suis indépendant, je n’en ai pas.");
            return null;
        });

        String file = "dossiers/" + ref + "/messagerie.json";
        Map<String, String> mine = zipOf(cast.victim());
        assertThat(mine).containsKey(file);
        assertThat(mine.get(file))
                .contains("\"text\": \"Bonjour, où en est mon dossier ?\"")
                .contains("\"author\": \"Inès Martin\"", "\"role\": \"OWNER\"")
                .contains("\"author\": \"Sophie Agent\"", "\"role\": \"AGENT\"")
                .contains("\"type\": \"REQUESTED\"", "\"type\": \"REFUSED\"")
                .contains("\"item\": \"PAYSLIPS\"", "\"state\": \"REFUSED\"", "\"due\": \"2026-11-20\"")
                .contains("\"reason\": \"Pour la perte de revenus.\"")
                .contains("\"refusalReason\": \"Je suis indépendant, je n’en ai pas.\"")
                .contains("\"at\": \"2026-11-03T08:00:00Z\"");
        assertThat(mine.get(file).indexOf("Bonjour"))
                .as("oldest line first")
                .isLessThan(mine.get(file).indexOf("\"type\": \"REFUSED\""));

        String stranger = fixtures.newUser(Role.VICTIM, "Paul Autre");
        String own =
                fixtures.submittedClaim(stranger, LocalDate.of(2026, 9, 1), new ProcedureDates(null, null, null, null));
        Map<String, String> theirs = zipOf(stranger);
        assertThat(theirs).containsKey("dossiers/" + own + "/dossier.json");
        assertThat(theirs.keySet()).noneMatch(k -> k.contains(ref) || k.endsWith("messagerie.json"));
        assertThat(String.join("\n", theirs.values())).doesNotContain("où en est mon dossier");
        assertThat(zipOf(cast.helper()).keySet())
                .as("the caseworker's own export does not hold the claim they help with")
                .noneMatch(k -> k.contains(ref));
    }
}
