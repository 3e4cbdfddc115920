package fr.victimportal.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.PersonalDataExport;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.shared.UserInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each claimant's R211-38 answers (issue 24): the claimant writes their own; the handling insurer's agent reads every
 * claimant's; the direct victim, another relative and a doctor read none; a stale version and bad input are refused
 * with nothing saved; the answers are in the claimant's own data export.
 */
class ClaimantAnswersTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private FamilyTestSupport family;

    @Autowired
    private ClaimantAnswers answers;

    @Autowired
    private PersonalDataExport export;

    private MedicalFixtures.Cast cast;
    private String heir;

    @BeforeEach
    void anHeirAfterTheDeath() {
        today(2026, 11, 20, 10);
        cast = medical.claimWithParticipants();
        heir = family.join(SMTP, cast.reference(), cast.agent(), "Léa Martin", KinLink.SPOUSE);
        family.recordDeath(cast.agent(), cast.reference(), LocalDate.of(2026, 11, 10));
    }

    static ClaimantAnswersData filled(LocalDate born, BigDecimal funeral) {
        return new ClaimantAnswersData(
                born,
                "Bordeaux (33)",
                "Infirmière",
                "CHU de Bordeaux",
                new BigDecimal("1850.00"),
                new BigDecimal("2100.50"),
                2,
                "9, 12",
                funeral,
                "Léa Martin",
                null,
                null,
                "CPAM de la Gironde",
                "Mutuelle des Soignants",
                "3 rue des Lilas\n33000 Bordeaux");
    }

    private long save(String who, long version, ClaimantAnswersData data) {
        return fixtures.as(who, () -> answers.save(cast.reference(), version, data));
    }

    private static void refusedWith(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theClaimantWritesTheirOwnAnswersTheAgentReadsThemNobodyElseDoes() {
        String sibling = fixtures.newUser(fr.victimportal.account.Role.VICTIM, "Paul Martin");
        long v = save(heir, ClaimantAnswers.NEW, filled(LocalDate.of(1985, 3, 2), new BigDecimal("4200")));

        var mine = fixtures.as(heir, () -> answers.mine(cast.reference())).orElseThrow();
        assertThat(mine.version()).isEqualTo(v);
        assertThat(mine.link()).isEqualTo(KinLink.SPOUSE);
        assertThat(mine.answers().funeralExpenses()).isEqualByComparingTo("4200.00");
        assertThat(mine.answers().funeralExpenses().scale()).isEqualTo(2);
        assertThat(mine.answers().address()).isEqualTo("3 rue des Lilas\n33000 Bordeaux");

        var all = fixtures.as(cast.agent(), () -> answers.all(cast.reference()));
        assertThat(all).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Léa Martin");
            assertThat(s.answers().occupation()).isEqualTo("Infirmière");
        });

        for (String other : new String[] {cast.relative(), cast.doctor(), cast.helper()}) {
            assertThatThrownBy(() -> fixtures.as(other, () -> answers.all(cast.reference())))
                    .as(other)
                    .isInstanceOfSatisfying(
                            UserInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("family.answers.error.agentOnly"));
        }
        // the deceased's account is closed; a living victim reads none of their relatives' answers either
        var living = medical.claimWithParticipants();
        assertThatThrownBy(() -> fixtures.as(living.victim(), () -> answers.all(living.reference())))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.answers.error.agentOnly"));
        assertThat(fixtures.as(living.victim(), () -> answers.mine(living.reference())))
                .isEmpty();
        assertThat(fixtures.as(cast.relative(), () -> answers.mine(cast.reference())))
                .as("a relative with no claimant row has no sheet, and never the heir's")
                .isEmpty();
        refusedWith(
                () -> save(cast.relative(), ClaimantAnswers.NEW, ClaimantAnswersData.EMPTY),
                "family.answers.error.claimantOnly");
        refusedWith(() -> save(cast.agent(), v, ClaimantAnswersData.EMPTY), "family.answers.error.claimantOnly");
        assertThatThrownBy(() -> save(sibling, ClaimantAnswers.NEW, ClaimantAnswersData.EMPTY))
                .isInstanceOf(fr.victimportal.claim.ClaimNotFoundException.class);
        assertThat(fixtures.as(heir, () -> answers.mine(cast.reference()))
                        .orElseThrow()
                        .answers()
                        .occupation())
                .isEqualTo("Infirmière");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        long first = save(heir, ClaimantAnswers.NEW, filled(LocalDate.of(1985, 3, 2), new BigDecimal("4200")));
        // a second tab opened before the first save still holds NEW
        refusedWith(
                () -> save(heir, ClaimantAnswers.NEW, filled(LocalDate.of(1985, 3, 2), new BigDecimal("1"))),
                "family.answers.error.stale");
        long second = save(heir, first, filled(LocalDate.of(1985, 3, 2), new BigDecimal("4300")));
        refusedWith(
                () -> save(heir, first, filled(LocalDate.of(1985, 3, 2), new BigDecimal("2"))),
                "family.answers.error.stale");
        var mine = fixtures.as(heir, () -> answers.mine(cast.reference())).orElseThrow();
        assertThat(mine.version()).isEqualTo(second);
        assertThat(mine.answers().funeralExpenses()).isEqualByComparingTo("4300");
    }

    @Test
    void badInputIsRefusedWithItsFieldAndNothingIsSaved() {
        LocalDate tomorrow = LocalDate.of(2026, 11, 21);
        Map<String, ClaimantAnswersData> bad = new java.util.LinkedHashMap<>();
        bad.put("bornOn:family.answers.error.bornFuture", filled(tomorrow, null));
        bad.put("funeralExpenses:family.answers.error.negative", filled(null, new BigDecimal("-1.00")));
        bad.put("funeralExpenses:family.answers.error.cents", filled(null, new BigDecimal("10.005")));
        bad.put("funeralExpenses:family.answers.error.tooBig", filled(null, new BigDecimal("10000000.01")));
        bad.put(
                "occupation:family.answers.error.tooLong",
                new ClaimantAnswersData(
                        null,
                        null,
                        "x".repeat(121),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        bad.put(
                "birthPlace:input.error.controlCharacters",
                new ClaimantAnswersData(
                        null,
                        "Bordeaux\u0007",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        bad.put(
                "address:input.error.controlCharactersInText",
                new ClaimantAnswersData(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "3 rue\u0000des Lilas"));
        bad.put(
                "dependants:family.answers.error.dependants",
                new ClaimantAnswersData(
                        null, null, null, null, null, null, -1, null, null, null, null, null, null, null, null));
        bad.forEach((expected, data) -> assertThatThrownBy(() -> save(heir, ClaimantAnswers.NEW, data))
                .as(expected)
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.field() + ":" + e.messageKey()).isEqualTo(expected)));
        var mine = fixtures.as(heir, () -> answers.mine(cast.reference())).orElseThrow();
        assertThat(mine.version()).isEqualTo(ClaimantAnswers.NEW);
        assertThat(mine.answers()).isEqualTo(ClaimantAnswersData.EMPTY);
        assertThat(mine.updatedAt()).isNull();
    }

    @Test
    void theAnswersAreInTheClaimantsOwnDataExportOnly() {
        save(heir, ClaimantAnswers.NEW, filled(LocalDate.of(1985, 3, 2), new BigDecimal("4200")));
        String path = "dossiers/" + cast.reference() + "/mes-reponses.json";
        assertThat(zipOf(heir))
                .hasEntrySatisfying(
                        path,
                        json -> assertThat(json).contains("CHU de Bordeaux", "4200.00", "Mutuelle des Soignants"));
        assertThat(zipOf(cast.relative())).doesNotContainKey(path);
    }

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
}
