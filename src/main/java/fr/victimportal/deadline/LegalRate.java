package fr.victimportal.deadline;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the legal-rate table.
 *
 * @param naturalPersonsPercent annual rate in percent for natural persons not acting for professional purposes
 * @param otherPercent          annual rate in percent for all other creditors
 * @param source                where the figure was read (arrêté, publisher)
 */
public record LegalRate(HalfYear halfYear, BigDecimal naturalPersonsPercent, BigDecimal otherPercent, String source) {

    public LegalRate {
        Objects.requireNonNull(halfYear, "halfYear");
        Objects.requireNonNull(naturalPersonsPercent, "naturalPersonsPercent");
        Objects.requireNonNull(otherPercent, "otherPercent");
        Objects.requireNonNull(source, "source");
        if (naturalPersonsPercent.signum() < 0 || otherPercent.signum() < 0) {
            throw new IllegalArgumentException("negative legal rate for " + halfYear);
        }
    }

    public BigDecimal percent(CreditorType creditor) {
        return creditor == CreditorType.NATURAL_PERSON ? naturalPersonsPercent : otherPercent;
    }
}
