package fr.victimportal.medical;

import fr.victimportal.claim.model.Relation;

/**
 * docs/legal-notes.md as code, decided on every read: the owner sees and opens everything; an insurer agent sees that each
 * document exists but never opens medical care or expertise documents (CSP R4127-104); the victim's doctor, the
 * insurer's examining doctor and an association caseworker see and open only what the victim shared with them.
 */
final class MedicalAccessRules {

    private MedicalAccessRules() {}

    static boolean listed(Relation viewer, boolean sharedWithViewer) {
        return switch (viewer) {
            case OWNER, AGENT -> true;
            case DOCTOR, EXPERT, HELPER -> sharedWithViewer;
        };
    }

    static boolean mayOpen(Relation viewer, DocumentClass documentClass, boolean sharedWithViewer) {
        return switch (viewer) {
            case OWNER -> true;
            case AGENT -> !documentClass.underSecrecy();
            case DOCTOR, EXPERT, HELPER -> sharedWithViewer;
        };
    }

    /** Who may receive a share: the claim's own doctor, examining doctor or caseworker. */
    static boolean mayReceive(Relation participant) {
        return participant == Relation.DOCTOR || participant == Relation.EXPERT || participant == Relation.HELPER;
    }

    /** The insurer side learns that the victim declined to communicate something, and why. */
    static boolean seesRefusals(Relation viewer) {
        return viewer == Relation.OWNER || viewer == Relation.AGENT || viewer == Relation.EXPERT;
    }
}
