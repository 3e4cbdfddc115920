package fr.victimportal.medical;

import fr.victimportal.claim.model.Relation;
import org.jspecify.annotations.Nullable;

/**
 * docs/legal-notes.md as code, decided on every read: the owner sees and opens everything; an insurer agent sees that each
 * document exists but never opens medical care or expertise documents (CSP R4127-104); the victim's doctor, the
 * insurer's examining doctor and an association caseworker see and open only what the victim shared with them. A
 * relative sees what the victim shared with them; after a recorded death, an heir (or the cohabitant or PACS partner
 * CSP L1110-4 V also names) sees the deceased's documents and opens a medical one only for a stated purpose, never
 * when the victim objected during their life.
 */
final class MedicalAccessRules {

    private MedicalAccessRules() {}

    /**
     * What CSP L1110-4 V needs to know about the reader of a deceased victim's file.
     *
     * @param deceased  the victim's death is recorded
     * @param entitled  the reader is an active heir, cohabitant or PACS partner of the claim
     * @param objection the victim objected, during their life, to their heirs' access
     * @param purpose   the purpose the reader chose for this access, or {@code null}
     */
    record Posthumous(
            boolean deceased,
            boolean entitled,
            boolean objection,
            @Nullable HeirPurpose purpose) {
        static final Posthumous NONE = new Posthumous(false, false, false, null);

        boolean heirOfDeceased() {
            return deceased && entitled;
        }
    }

    static boolean listed(Relation viewer, boolean sharedWithViewer) {
        return listed(viewer, DocumentClass.ADMINISTRATIVE, sharedWithViewer, Posthumous.NONE);
    }

    static boolean listed(Relation viewer, DocumentClass documentClass, boolean sharedWithViewer, Posthumous p) {
        return switch (viewer) {
            case OWNER, AGENT -> true;
            case DOCTOR, EXPERT, HELPER -> sharedWithViewer;
            case RELATIVE ->
                sharedWithViewer || (p.heirOfDeceased() && (!documentClass.underSecrecy() || !p.objection()));
        };
    }

    static boolean mayOpen(Relation viewer, DocumentClass documentClass, boolean sharedWithViewer) {
        return mayOpen(viewer, documentClass, sharedWithViewer, Posthumous.NONE);
    }

    static boolean mayOpen(Relation viewer, DocumentClass documentClass, boolean sharedWithViewer, Posthumous p) {
        return switch (viewer) {
            case OWNER -> true;
            case AGENT -> !documentClass.underSecrecy();
            case DOCTOR, EXPERT, HELPER -> sharedWithViewer;
            case RELATIVE ->
                sharedWithViewer
                        || (p.heirOfDeceased()
                                && (!documentClass.underSecrecy() || (!p.objection() && p.purpose() != null)));
        };
    }

    /** Whether an heir must choose a purpose before opening this document (it is under secrecy and not shared). */
    static boolean needsPurpose(Relation viewer, DocumentClass documentClass, boolean sharedWithViewer, Posthumous p) {
        return viewer == Relation.RELATIVE
                && !sharedWithViewer
                && documentClass.underSecrecy()
                && p.heirOfDeceased()
                && !p.objection();
    }

    /** Who may receive a share: the claim's own doctor, examining doctor, caseworker or relative. */
    static boolean mayReceive(Relation participant) {
        return participant == Relation.DOCTOR
                || participant == Relation.EXPERT
                || participant == Relation.HELPER
                || participant == Relation.RELATIVE;
    }

    /** The insurer side learns that the victim declined to communicate something, and why. */
    static boolean seesRefusals(Relation viewer) {
        return viewer == Relation.OWNER || viewer == Relation.AGENT || viewer == Relation.EXPERT;
    }
}
