package fr.victimportal.claim.ui;

import fr.victimportal.claim.model.ClaimFile;
import java.util.Set;

/**
 * Who the screens speak to. "You" is always the person filling in the claim — the one who acts; the victim's own facts
 * (age, injuries, state, place in the accident) are "the victim's" when that person is a parent, a guardian, a curator
 * or another representative. Keys that differ have a variant ending in {@code .rep}.
 */
final class Voice {

    private Voice() {}

    /**
     * Keys whose {@code .rep} words suit a living victim only ("la victime habite"): an heir who opened the claim after
     * the death reads their {@code .heir} variant, which speaks of the deceased in the past.
     */
    private static final Set<String> HEIR = Set.of(
            "claim.wizard.title",
            "claim.situation.birthDate.help",
            "claim.situation.livesAbroad",
            "claim.step.situation");

    /**
     * {@code key}, or its {@code .rep} variant when a representative (or an heir, issue 24) fills in the claim, or its
     * {@code .heir} variant where the deceased needs other words.
     */
    static String key(ClaimFile file, String key) {
        if (file != null
                && file.representation() != null
                && file.representation().heir()
                && HEIR.contains(key)) {
            return key + ".heir";
        }
        return file != null && file.byRepresentative() ? key + ".rep" : key;
    }
}
