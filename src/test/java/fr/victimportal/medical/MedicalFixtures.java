package fr.victimportal.medical;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.Relation;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** A submitted claim with its victim, their doctor, the insurer's expert, a caseworker, and an insurer agent. */
@Component
public class MedicalFixtures {

    private final ClaimFixtures claims;
    private final ClaimParticipants participants;
    private final AccountService accounts;
    private final MedicalDocuments documents;

    @Autowired
    private ClaimParticipantRepository participantRows;

    @Autowired
    private ClaimRepository claimRows;

    MedicalFixtures(
            ClaimFixtures claims, ClaimParticipants participants, AccountService accounts, MedicalDocuments documents) {
        this.claims = claims;
        this.participants = participants;
        this.accounts = accounts;
        this.documents = documents;
    }

    /** The people around one claim, by login. */
    public record Cast(
            String reference,
            String victim,
            String doctor,
            String expert,
            String helper,
            String agent,
            String relative) {

        public String login(Relation relation) {
            return switch (relation) {
                case OWNER -> victim;
                case DOCTOR -> doctor;
                case EXPERT -> expert;
                case HELPER -> helper;
                case AGENT -> agent;
                case RELATIVE -> relative;
            };
        }
    }

    public Cast claimWithParticipants() {
        String victim = claims.newUser(Role.VICTIM, "Inès Martin");
        String doctor = claims.newUser(Role.DOCTOR, "Dr Paul Garnier");
        String expert = claims.newUser(Role.EXPERT, "Dr Anne Vidal");
        String helper = claims.newUser(Role.HELPER, "Luc Bernard");
        String agent = claims.newUser(Role.AGENT, "Sophie Agent");
        String relative = claims.newUser(Role.VICTIM, "Hugo Martin");
        String ref = claims.submittedClaim(
                victim, LocalDate.of(2026, 10, 5), new ProcedureDates(LocalDate.of(2026, 10, 20), null, null, null));
        claims.as(victim, () -> {
            for (String p : List.of(doctor, expert)) {
                participants.add(ref, id(p));
            }
            // the caseworker under a mandate that covers gathering documents (docs/legal-notes.md)
            participantRows.save(ClaimParticipant.helper(
                    claimRows.findByReference(ref).orElseThrow().getId(),
                    id(helper),
                    "DOCUMENTS,CORRESPONDENCE",
                    Instant.parse("2026-01-01T00:00:00Z"),
                    null));
            // a relative of the living victim (issue 24), as an accepted invitation leaves them
            participantRows.save(new ClaimParticipant(
                    claimRows.findByReference(ref).orElseThrow().getId(),
                    id(relative),
                    Role.RELATIVE,
                    Instant.parse("2026-01-01T00:00:00Z")));
            return null;
        });
        return new Cast(ref, victim, doctor, expert, helper, agent, relative);
    }

    public long id(String login) {
        return accounts.idOf(login).orElseThrow();
    }

    /** Uploads one file as the victim and returns its document id (fails the test if it was refused). */
    public long upload(Cast cast, Path file, DocumentClass documentClass, String title) {
        DocumentType type = Arrays.stream(DocumentType.values())
                .filter(t -> t.usualClass() == documentClass)
                .findFirst()
                .orElseThrow();
        List<UploadOutcome> outcome = claims.as(
                cast.victim(),
                () -> documents.upload(
                        cast.reference(),
                        List.of(new NewDocument(
                                file.getFileName().toString(),
                                file,
                                documentClass,
                                type,
                                LocalDate.of(2026, 10, 6),
                                title))));
        if (!outcome.get(0).stored()) {
            throw new AssertionError("refused: " + outcome.get(0).refusalKey());
        }
        return outcome.get(0).documentId();
    }
}
