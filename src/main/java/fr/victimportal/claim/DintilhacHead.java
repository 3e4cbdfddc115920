package fr.victimportal.claim;

import java.util.Arrays;
import java.util.List;

/**
 * The 20 heads of damage of the Dintilhac nomenclature for the direct victim (docs/legal-notes.md), with the internal codes
 * the legal notes recommend (PEP for the permanent aesthetic harm, PE for the préjudice d'établissement). The UI translates
 * {@code offer.head.<CODE>}; the French name is also kept here for the PDFs and the database.
 *
 * <p>It lives in the claim module because it is the vocabulary of the claim that two modules share without knowing each
 * other: the expert's report (expertise) retains heads and the offer (offer) evaluates them, and they meet through
 * {@link ReportFacts}. Neither of them may depend on the other, and the heads are damage vocabulary, not a shared
 * technical helper. The code ({@link #name()}) is what the database stores, in the offer's head lines and in the
 * report's list of other heads, so a constant is never renamed.
 */
public enum DintilhacHead {
    DSA("Dépenses de santé actuelles", true, false),
    FD("Frais divers", true, false),
    PGPA("Pertes de gains professionnels actuels", true, false),
    DSF("Dépenses de santé futures", true, true),
    FLA("Frais de logement adapté", true, true),
    FVA("Frais de véhicule adapté", true, true),
    ATP("Assistance par tierce personne", true, true),
    PGPF("Pertes de gains professionnels futurs", true, true),
    IP("Incidence professionnelle", true, true),
    PSU("Préjudice scolaire, universitaire ou de formation", true, true),
    DFT("Déficit fonctionnel temporaire", false, false),
    SE("Souffrances endurées", false, false),
    PET("Préjudice esthétique temporaire", false, false),
    DFP("Déficit fonctionnel permanent", false, true),
    PA("Préjudice d’agrément", false, true),
    PEP("Préjudice esthétique permanent", false, true),
    PS("Préjudice sexuel", false, true),
    PE("Préjudice d’établissement", false, true),
    PPE("Préjudices permanents exceptionnels", false, true),
    PEV("Préjudices extra-patrimoniaux évolutifs", false, true);

    private final String frenchName;
    private final boolean patrimonial;
    private final boolean permanent;

    DintilhacHead(String frenchName, boolean patrimonial, boolean permanent) {
        this.frenchName = frenchName;
        this.patrimonial = patrimonial;
        this.permanent = permanent;
    }

    public String frenchName() {
        return frenchName;
    }

    /** Patrimonial (economic) heads; the others are personal (extra-patrimoniaux). */
    public boolean patrimonial() {
        return patrimonial;
    }

    /** After consolidation (permanent) rather than before it (temporary); PEV is outside consolidation. */
    public boolean permanent() {
        return permanent;
    }

    /** Personal head: third-party payers have no recourse on it unless they prove a benefit paid for it (§6.3). */
    public boolean personal() {
        return !patrimonial;
    }

    /** Heads measured on the 1–7 scale (half points used), for which the expert's grade is recorded. */
    public boolean graded() {
        return this == SE || this == PET || this == PEP;
    }

    /**
     * The heads a report may retain besides those it gives figures for (DFT, SE, PET, PEP and DFP), in the order of
     * the nomenclature.
     */
    public static List<DintilhacHead> withoutReportFigures() {
        return Arrays.stream(values())
                .filter(h -> h != DFT && h != SE && h != PET && h != PEP && h != DFP)
                .toList();
    }

    public String messageKey() {
        return "offer.head." + name();
    }
}
