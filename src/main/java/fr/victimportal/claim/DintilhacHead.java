package fr.victimportal.claim;

import java.util.Arrays;
import java.util.List;

/**
 * The 20 heads of damage of the Dintilhac nomenclature for the direct victim (docs/legal-notes.md), with the internal codes
 * the legal notes recommend (PEP for the permanent aesthetic harm, PE for the préjudice d'établissement), then the
 * indirect victims' heads and PAMI (issue 24), each with its {@link Kind}: every list of the direct victim's heads uses
 * {@link #directHeads()}, never {@link #values()}. The UI translates
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
    PEV("Préjudices extra-patrimoniaux évolutifs", false, true),
    // the indirect victims' heads (victimes par ricochet), after a death (FO, PRP, FDP, PAC, PAF) or in survival
    // (PRP, FDP, PAF, PEX), and the waiting-and-anxiety head of the relatives (Cass. ch. mixte, 25 March 2022)
    FO("Frais d’obsèques", true, false, Kind.INDIRECT),
    PRP("Pertes de revenus des proches", true, false, Kind.INDIRECT),
    FDP("Frais divers des proches", true, false, Kind.INDIRECT),
    PAC("Préjudice d’accompagnement", false, false, Kind.INDIRECT),
    PAF("Préjudice d’affection", false, false, Kind.INDIRECT),
    PEX("Préjudices extra-patrimoniaux exceptionnels des proches", false, false, Kind.INDIRECT),
    PAI("Préjudice d’attente et d’inquiétude", false, false, Kind.INDIRECT),
    // the deceased victim's own head, claimed by the heirs (Cass. ch. mixte, 25 March 2022)
    PAMI("Préjudice d’angoisse de mort imminente", false, false, Kind.DECEASED);

    /** Whose loss the head measures. */
    public enum Kind {
        /** The direct victim's own loss (the 20 heads of the nomenclature for the direct victim). */
        DIRECT,
        /** A relative's own loss (victime par ricochet). */
        INDIRECT,
        /** The deceased direct victim's own loss, which only the heirs can claim (PAMI). */
        DECEASED
    }

    private final String frenchName;
    private final boolean patrimonial;
    private final boolean permanent;
    private final Kind kind;

    DintilhacHead(String frenchName, boolean patrimonial, boolean permanent) {
        this(frenchName, patrimonial, permanent, Kind.DIRECT);
    }

    DintilhacHead(String frenchName, boolean patrimonial, boolean permanent, Kind kind) {
        this.frenchName = frenchName;
        this.patrimonial = patrimonial;
        this.permanent = permanent;
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** One of the direct victim's 20 heads. */
    public boolean direct() {
        return kind == Kind.DIRECT;
    }

    /** The direct victim's 20 heads, in the order of the nomenclature: what a direct victim's offer or report lists. */
    public static List<DintilhacHead> directHeads() {
        return Arrays.stream(values()).filter(DintilhacHead::direct).toList();
    }

    /** The heads a relative's or heir's offer may evaluate: the indirect ones, and PAMI for an heir after a death. */
    public static List<DintilhacHead> claimantHeads(boolean heirAfterDeath) {
        return Arrays.stream(values())
                .filter(h -> h.kind == Kind.INDIRECT || (heirAfterDeath && h.kind == Kind.DECEASED))
                .toList();
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
        return directHeads().stream()
                .filter(h -> h != DFT && h != SE && h != PET && h != PEP && h != DFP)
                .toList();
    }

    public String messageKey() {
        return "offer.head." + name();
    }
}
