package fr.victimportal.claim.ui;

import fr.victimportal.claim.model.ClaimFile;

/**
 * Who the screens speak to. "You" is always the person filling in the claim — the one who acts; the victim's own facts
 * (age, injuries, state, place in the accident) are "the victim's" when that person is a parent, a guardian, a curator
 * or another representative. Keys that differ have a variant ending in {@code .rep}.
 */
final class Voice {

    private Voice() {}

    /** {@code key}, or its {@code .rep} variant when a representative fills in the claim. */
    static String key(ClaimFile file, String key) {
        return file != null && file.byRepresentative() ? key + ".rep" : key;
    }
}
