package fr.victimportal.claim.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the birth date given in the declaration says about the victim's minority: whether a representative must act
 * for them (L211-15), and the later end of the ten-year limitation when the victim was a minor at consolidation.
 */
public final class Minority {

    private Minority() {}

    /** The declared birth date makes the victim a minor (under 18) on {@code day}; false when no birth date is known. */
    public static boolean minorOn(ClaimFile file, LocalDate day) {
        LocalDate birth = file.situation() == null ? null : file.situation().birthDate();
        return birth != null && day != null && birth.plusYears(18).isAfter(day);
    }

    /**
     * A minor by the declared birth date with nobody recorded as their representative: they cannot accept an offer
     * alone (their legal representative acts, with the judge's authorisation, L211-15).
     */
    public static boolean unrepresentedMinorOn(ClaimFile file, LocalDate day) {
        return !file.representation().represented() && minorOn(file, day);
    }

    /**
     * C. civ. 2235: limitation does not run against an unemancipated minor, and the ten years of C. civ. 2226 (an
     * action for personal injury) are no exception. When the consolidation came before the 18th birthday, the ten
     * years likely start only on that birthday: the likely end is then ten years after it. Empty when the victim was
     * of age at consolidation or a date is unknown. The portal still shows the earlier date as the date to act.
     *
     * @return the 18th birthday and the likely end
     */
    public static Optional<Suspended> limitationSuspended(LocalDate birthDate, LocalDate consolidation) {
        if (birthDate == null || consolidation == null) {
            return Optional.empty();
        }
        LocalDate majority = birthDate.plusYears(18);
        return majority.isAfter(consolidation)
                ? Optional.of(new Suspended(majority, majority.plusYears(10)))
                : Optional.empty();
    }

    /** The same for a claim, from its declared birth date. */
    public static Optional<Suspended> limitationSuspended(ClaimFile file, LocalDate consolidation) {
        return limitationSuspended(
                file.situation() == null ? null : file.situation().birthDate(), consolidation);
    }

    /** The 18th birthday, from which the ten years likely run, and the day they would end. */
    public record Suspended(LocalDate majority, LocalDate likelyEnd) {}
}
