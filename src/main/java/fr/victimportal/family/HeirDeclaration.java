package fr.victimportal.family;

import fr.victimportal.claim.HeirOpenings;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.UploadOutcome;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first page of a claim an heir opens after the victim's death (issue 24), in one transaction like
 * {@link DeathRecording}: the declaration is checked first (the draft, the deceased's name, the heir's link, the date
 * and cause of death), then the certificate is stored as a non-medical document of the claim (ADMINISTRATIVE, through
 * the same checks and encryption as every upload), then the declaration is saved on the draft. A refusal at any step
 * stores nothing. The death itself is recorded when the claim is sent ({@link HeirOpenings#submit}).
 */
@Service
@Transactional
public class HeirDeclaration {

    private final HeirOpenings openings;
    private final MedicalDocuments documents;

    HeirDeclaration(HeirOpenings openings, MedicalDocuments documents) {
        this.openings = openings;
        this.documents = documents;
    }

    /** What the heir declares; {@code proof} may be left out when a certificate was given before. */
    public record Declared(
            @Nullable String deceasedName,
            @Nullable KinLink link,
            @Nullable LocalDate diedOn,
            @Nullable YesNoUnknown fromAccident,
            DeathRecording.@Nullable Proof proof) {}

    /** Saves the declaration on the draft; returns the claim's new version. */
    public long declare(String reference, long expectedVersion, Declared d, String proofTitle) {
        openings.check(reference, expectedVersion, d.deceasedName(), d.link(), d.diedOn(), d.fromAccident());
        Long proofId = null;
        if (d.proof() != null) {
            UploadOutcome stored = documents.uploadSupporting(
                    reference,
                    new NewDocument(
                            d.proof().originalName(),
                            d.proof().file(),
                            DocumentClass.ADMINISTRATIVE,
                            DocumentType.OTHER,
                            d.diedOn(),
                            proofTitle));
            if (!stored.stored()) {
                throw new UserInputException("proof", stored.refusalKey(), stored.refusalArguments());
            }
            proofId = stored.documentId();
        }
        return openings.save(
                reference, expectedVersion, d.deceasedName(), d.link(), d.diedOn(), d.fromAccident(), proofId);
    }
}
