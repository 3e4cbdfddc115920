package fr.victimportal.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimInsurers;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.HeirOpenings;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentNotFoundException;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.HeirPurpose;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.shared.UserInputException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 24, last case: a relative or heir opens the claim of a victim who died without ever having an account. What
 * the database holds after each step: nothing for a refused declaration; on sending, in one transaction, the claim
 * owned by the heir, the death with its certificate (R211-30's fact on the claim) and the heir's own active claimant
 * row; nothing of that when sending is refused. Accident 5 Oct 2026, death 12 Oct 2026, today 20 Nov 2026.
 */
class HeirOpeningTest extends IntegrationTest {

    private static final LocalDate ACCIDENT = LocalDate.of(2026, 10, 5);
    private static final LocalDate DIED = LocalDate.of(2026, 10, 12);

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimInsurers claimInsurers;

    @Autowired
    private HeirDeclaration declaration;

    @Autowired
    private HeirOpenings openings;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ClaimJobs jobs;

    private String heir;
    private String ref;

    @BeforeEach
    void anHeirStartsAClaim() {
        today(2026, 11, 20, 10);
        fixtures.insurer();
        heir = fixtures.newUser(Role.VICTIM, "Léa Martin");
        ref = fixtures.as(heir, claims::startOrResumeDeclaration);
    }

    private long version() {
        return fixtures.as(heir, () -> claims.open(ref).version());
    }

    private long declare(String name, KinLink link, LocalDate diedOn, YesNoUnknown cause, Path file, String fileName) {
        long v = version();
        return fixtures.as(
                heir,
                () -> declaration.declare(
                        ref,
                        v,
                        new HeirDeclaration.Declared(
                                name,
                                link,
                                diedOn,
                                cause,
                                file == null ? null : new DeathRecording.Proof(fileName, file)),
                        "Acte de décès"));
    }

    private UserInputException refused(Runnable call) {
        try {
            call.run();
        } catch (UserInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private Map<String, Object> claimRow() {
        return jdbc.queryForMap("select * from claim where reference = ?", ref);
    }

    private long claimId() {
        return ((Number) claimRow().get("ID")).longValue();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where claim_id = ?", Integer.class, claimId());
    }

    private void assertNothingDeclared() {
        assertThat(count("heir_opening")).isZero();
        assertThat(count("medical_document")).isZero();
        assertThat(claimRow()).containsEntry("REPRESENTATIVE_ROLE", null).containsEntry("DECLARANT_ASKED", false);
    }

    @Test
    void everyBadDeclarationIsRefusedWithItsMessageAndNothingIsSaved() {
        assertThat(refused(() -> declare(
                                "Marc Martin",
                                KinLink.CHILD,
                                LocalDate.of(2026, 11, 21),
                                YesNoUnknown.YES,
                                TestFiles.pdf(),
                                "acte.pdf"))
                        .messageKey())
                .isEqualTo("family.death.error.future");
        assertThat(refused(() -> declare(
                                "Marc Martin", KinLink.CHILD, DIED, YesNoUnknown.YES, TestFiles.zip(), "acte.zip"))
                        .field())
                .isEqualTo("proof");
        assertThat(refused(() -> declare("Marc Martin", KinLink.CHILD, DIED, YesNoUnknown.YES, null, null))
                        .messageKey())
                .isEqualTo("family.death.error.proof");
        assertThat(refused(() -> declare(" ", KinLink.CHILD, DIED, YesNoUnknown.YES, TestFiles.pdf(), "acte.pdf"))
                        .messageKey())
                .isEqualTo("representation.error.name");
        assertThat(refused(() -> declare("Marc Martin", null, DIED, YesNoUnknown.YES, TestFiles.pdf(), "acte.pdf"))
                        .messageKey())
                .isEqualTo("family.invite.error.link");
        assertThat(refused(() -> declare("Marc Martin", KinLink.CHILD, DIED, null, TestFiles.pdf(), "acte.pdf"))
                        .messageKey())
                .isEqualTo("family.death.error.cause");
        assertNothingDeclared();

        // once the accident date is known, a death before it is refused on the first page too
        declare("Marc Martin", KinLink.CHILD, DIED, YesNoUnknown.YES, TestFiles.pdf(), "acte.pdf");
        saveAccident(ACCIDENT);
        assertThat(refused(() -> declare(
                                "Marc Martin",
                                KinLink.CHILD,
                                ACCIDENT.minusDays(1),
                                YesNoUnknown.YES,
                                TestFiles.pdf(),
                                "autre.pdf"))
                        .messageKey())
                .isEqualTo("family.death.error.beforeAccident");
        assertThat(count("medical_document")).as("only the first certificate").isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select died_on from heir_opening where claim_id = ?", LocalDate.class, claimId()))
                .isEqualTo(DIED);
    }

    @Test
    void whoeverFillsInTheClaimInsteadLeavesNoDeclaredDeathBehind() {
        declare("Marc Martin", KinLink.CHILD, DIED, YesNoUnknown.YES, TestFiles.pdf(), "acte.pdf");
        assertThat(count("heir_opening")).isEqualTo(1);
        Map<String, Object> proof =
                jdbc.queryForMap("select id, storage_id from medical_document where claim_id = ?", claimId());
        long v = version();
        fixtures.as(heir, () -> claims.saveDeclarant(ref, v, Representation.NONE));
        assertThat(count("heir_opening")).isZero();
        // the certificate was never sent to anyone: it leaves the draft with its encrypted bytes, and the trail says so
        assertThat(count("medical_document")).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from medical_blob where id = ?", Integer.class, proof.get("STORAGE_ID")))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where claim_id = ? and subject = ? order by seq",
                        String.class,
                        claimId(),
                        "document:" + proof.get("ID")))
                .containsExactly("DISCARD");
        assertThat(fixtures.as(heir, () -> documents.list(ref).documents())).isEmpty();
        assertThat(claimRow()).containsEntry("REPRESENTATIVE_ROLE", null).containsEntry("REPRESENTED_NAME", null);
        long v2 = version();
        assertThat(refused(() -> fixtures.as(heir, () -> {
                            openings.submit(ref, v2);
                            return null;
                        }))
                        .messageKey())
                .isEqualTo("heir.error.missing");
    }

    @Test
    void sendingRecordsTheDeathWithItsCertificateAndTheHeirsOwnClaimantRowInOneGo() {
        declare("Marc Martin", KinLink.CHILD, DIED, YesNoUnknown.YES, TestFiles.pdf(), "acte-de-deces.pdf");
        long certificate = jdbc.queryForObject(
                "select proof_document_id from heir_opening where claim_id = ?", Long.class, claimId());
        assertThat(claimRow())
                .containsEntry("REPRESENTED_PERSON", "DECEASED")
                .containsEntry("REPRESENTATIVE_ROLE", "HEIR")
                .containsEntry("REPRESENTED_NAME", "Marc Martin")
                .containsEntry("DECLARANT_ASKED", true);
        // the deceased's medical record, given while the claim is a draft
        long care = fixtures.as(
                        heir,
                        () -> documents.upload(
                                ref,
                                List.of(new NewDocument(
                                        "urgences.pdf",
                                        TestFiles.pdf(),
                                        DocumentClass.MEDICAL_CARE,
                                        Arrays.stream(DocumentType.values())
                                                .filter(t -> t.usualClass() == DocumentClass.MEDICAL_CARE)
                                                .findFirst()
                                                .orElseThrow(),
                                        DIED,
                                        "Compte rendu des urgences"))))
                .getFirst()
                .documentId();
        // the accident date given later than the death: sending is refused and changes nothing
        fillTheSteps(DIED.plusDays(1));
        long before = version();
        assertThat(refused(() -> fixtures.as(heir, () -> {
                            openings.submit(ref, before);
                            return null;
                        }))
                        .messageKey())
                .isEqualTo("family.death.error.beforeAccident");
        assertThat(claimRow()).containsEntry("STATUS", "DRAFT").containsEntry("VICTIM_DIED_ON", null);
        assertThat(count("claim_death")).isZero();
        assertThat(count("claimant")).isZero();
        assertThat(count("claim_participant")).isZero();

        saveAccident(ACCIDENT);
        long v = version();
        fixtures.as(heir, () -> {
            openings.submit(ref, v);
            return null;
        });

        long heirId = jdbc.queryForObject("select id from app_user where email = ?", Long.class, heir);
        assertThat(claimRow())
                .containsEntry("STATUS", "SUBMITTED")
                .containsEntry("OWNER_ID", heirId)
                .containsEntry("VICTIM_DIED_ON", java.sql.Date.valueOf(DIED));
        assertThat(jdbc.queryForMap("select * from claim_death where claim_id = ?", claimId()))
                .containsEntry("DIED_ON", java.sql.Date.valueOf(DIED))
                .containsEntry("FROM_ACCIDENT", "YES")
                .containsEntry("PROOF_DOCUMENT_ID", certificate)
                .containsEntry("RECORDED_BY", heirId);
        assertThat(jdbc.queryForMap("select * from medical_document where id = ?", certificate))
                .containsEntry("DOC_CLASS", "ADMINISTRATIVE");
        assertThat(jdbc.queryForMap("select * from claimant where claim_id = ?", claimId()))
                .containsEntry("ACCOUNT_ID", heirId)
                .containsEntry("NAME", "Léa Martin")
                .containsEntry("EMAIL", heir)
                .containsEntry("LINK", "CHILD")
                .containsEntry("HEIR", true)
                .containsEntry("STATUS", "ACTIVE");
        assertThat(jdbc.queryForMap("select * from claim_participant where claim_id = ?", claimId()))
                .containsEntry("USER_ID", heirId)
                .containsEntry("ROLE", "RELATIVE");
        assertThat(jdbc.queryForObject("select closed_at from app_user where id = ?", Object.class, heirId))
                .as("the heir's own account stays open")
                .isNull();

        assertThat(jobs.victimSideRecipients(ref))
                .as("the claim's reminders go to its heirs")
                .containsExactly(heirId);

        // from now on the heir is to the claim what an invited heir is: never the direct victim
        var file = fixtures.as(heir, () -> claims.open(ref));
        assertThat(file.viewer()).isEqualTo(Relation.RELATIVE);
        assertThat(file.ownerName()).isEqualTo("Marc Martin");
        // CSP L1110-4 V: the deceased's medical record opens to the heir only for a purpose the article names
        assertThat(opens(care, null)).isFalse();
        assertThat(opens(care, HeirPurpose.RIGHTS)).isTrue();
    }

    private boolean opens(long id, HeirPurpose purpose) {
        try {
            fixtures.as(heir, () -> {
                documents.read(id, false, purpose, info -> OutputStream.nullOutputStream());
                return null;
            });
            return true;
        } catch (DocumentNotFoundException refused) {
            return false;
        }
    }

    private void saveAccident(LocalDate date) {
        long v = version();
        fixtures.as(heir, () -> claims.saveAccident(ref, v, ClaimFixtures.accident(date, VictimRole.PEDESTRIAN)));
    }

    private void fillTheSteps(LocalDate accident) {
        saveAccident(accident);
        long v1 = version();
        fixtures.as(heir, () -> claims.saveSituation(ref, v1, ClaimFixtures.situation(LocalDate.of(1950, 3, 2))));
        long v2 = version();
        fixtures.as(
                heir,
                () -> claims.saveVehicles(
                        ref,
                        v2,
                        List.of(new VehicleDetails("Voiture grise", "AB-123-CD", "Assurances du Sud", "C-1", false))));
        long v3 = version();
        fixtures.as(heir, () -> claimInsurers.choose(ref, v3, fixtures.insurer()));
    }
}
