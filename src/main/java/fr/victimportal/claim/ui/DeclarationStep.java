package fr.victimportal.claim.ui;

import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.shared.ui.RecordForm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** One step of the declaration wizard: a form bound to one section record, read-only for anyone but the victim. */
abstract class DeclarationStep<T extends Record> extends RecordForm<T> {

    protected final LocalDate today;
    /** The claim as it was opened: who fills it in decides how the step speaks ({@link Voice}). */
    protected final ClaimFile declared;

    DeclarationStep(Class<T> type, Clock clock, ClaimFile declared) {
        super(type);
        this.declared = declared;
        today = LocalDate.now(clock);
        addClassName("declaration-step");
    }

    /** The text of {@code key} for whoever fills in the claim (the victim, or their representative). */
    protected String voice(String key, Object... arguments) {
        return getTranslation(Voice.key(declared, key), arguments);
    }

    abstract void show(ClaimFile file);

    /** Saves the section and returns the claim's new version; empty if the form is not valid yet. */
    abstract Optional<Long> save(ClaimService claims, ClaimFile file);
}
