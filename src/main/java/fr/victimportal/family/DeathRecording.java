package fr.victimportal.family;

import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.UploadOutcome;
import fr.victimportal.shared.UserInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the death of a claim's direct victim with its proof, in one transaction: the death is checked first (who
 * records it, the date, not twice), then the certificate is stored as a non-medical document of the claim
 * (ADMINISTRATIVE, through the same checks and encryption as every upload), then the death is recorded pointing at it.
 * A refusal at any step stores nothing.
 */
@Service
@Transactional
public class DeathRecording {

    private final ClaimFamily family;
    private final MedicalDocuments documents;

    DeathRecording(ClaimFamily family, MedicalDocuments documents) {
        this.family = family;
        this.documents = documents;
    }

    /** The proof as the person gave it: the uploaded file and its name. */
    public record Proof(String originalName, Path file) {}

    public void record(
            String reference,
            @Nullable LocalDate diedOn,
            @Nullable YesNoUnknown fromAccident,
            @Nullable Proof proof,
            String proofTitle) {
        family.checkDeath(reference, diedOn, fromAccident);
        if (proof == null) {
            throw new UserInputException("proof", "family.death.error.proof");
        }
        UploadOutcome stored = documents.uploadSupporting(
                reference,
                new NewDocument(
                        proof.originalName(),
                        proof.file(),
                        DocumentClass.ADMINISTRATIVE,
                        DocumentType.OTHER,
                        diedOn,
                        proofTitle));
        if (!stored.stored()) {
            throw new UserInputException("proof", stored.refusalKey(), stored.refusalArguments());
        }
        family.recordDeath(reference, diedOn, fromAccident, stored.documentId());
    }
}
