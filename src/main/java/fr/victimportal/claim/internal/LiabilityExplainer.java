package fr.victimportal.claim.internal;

import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.DriverResponsibility;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.YesNoUnknown;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Who should compensate the victim's bodily injuries, and how, in plain words built from their answers
 * (loi n° 85-677 du 5 juillet 1985, art. 3 and 4; docs/legal-notes.md). Each sentence carries its legal basis.
 */
public final class LiabilityExplainer {

    static final String ART_3 = "Loi n° 85-677 du 5 juillet 1985, art. 3";
    static final String ART_4 = "Loi n° 85-677 du 5 juillet 1985, art. 4";
    static final String L211_9 = "C. assur. art. L211-9";
    static final String L421_1 = "C. assur. art. L421-1";
    static final String CONTRACT = "Contrat d’assurance (garantie du conducteur)";

    /** One sentence: its translation key, its arguments and the text it rests on. */
    public record Explanation(String key, List<Object> arguments, String basis) {
        Explanation(String key, String basis, Object... arguments) {
            this(key, List.of(arguments), basis);
        }
    }

    private LiabilityExplainer() {}

    public static List<Explanation> explain(AccidentDetails accident, SituationDetails situation) {
        List<Explanation> out = new ArrayList<>();
        if (accident.victimRole() == null) {
            return out;
        }
        if (accident.victimRole().isNonDriver()) {
            out.add(new Explanation("claim.explain.nonDriver", ART_3));
            String protection = protection(accident.date(), situation);
            out.add(
                    protection != null
                            ? new Explanation("claim.explain.protected." + protection, ART_3)
                            : new Explanation("claim.explain.nonDriverFault", ART_3));
        } else {
            DriverResponsibility r = situation.driverResponsibility() == null
                    ? DriverResponsibility.UNKNOWN
                    : situation.driverResponsibility();
            out.add(new Explanation(
                    "claim.explain.driver." + r.name(),
                    r == DriverResponsibility.NOT_RESPONSIBLE ? ART_4 + " ; " + L211_9 : ART_4));
            if (r != DriverResponsibility.NOT_RESPONSIBLE) {
                out.add(guarantee(situation));
                out.add(new Explanation("claim.explain.contractsDiffer", CONTRACT));
            }
        }
        out.add(new Explanation("claim.explain.fgao", L421_1));
        return out;
    }

    private static Explanation guarantee(SituationDetails s) {
        YesNoUnknown g = s.driverGuarantee() == null ? YesNoUnknown.UNKNOWN : s.driverGuarantee();
        if (g != YesNoUnknown.YES) {
            return new Explanation("claim.explain.guarantee." + g.name(), CONTRACT);
        }
        BigDecimal cap = s.guaranteeCap();
        Integer threshold = s.guaranteeThresholdPct();
        if (cap != null && threshold != null) {
            return new Explanation("claim.explain.guarantee.YES.capAndThreshold", CONTRACT, cap, threshold);
        }
        if (cap != null) {
            return new Explanation("claim.explain.guarantee.YES.cap", CONTRACT, cap);
        }
        if (threshold != null) {
            return new Explanation("claim.explain.guarantee.YES.threshold", CONTRACT, threshold);
        }
        return new Explanation("claim.explain.guarantee.YES", CONTRACT);
    }

    /**
     * Why a non-driver is compensated whatever their fault (art. 3 al. 2): under 16, over 70 ("plus de soixante-dix
     * ans": from the 70th birthday), or holding a title of at least 80 % incapacity. {@code null} when none applies.
     */
    static String protection(LocalDate accidentDate, SituationDetails s) {
        if (s.birthDate() != null && accidentDate != null) {
            int age = Period.between(s.birthDate(), accidentDate).getYears();
            if (age < 16) {
                return "under16";
            }
            if (age >= 70) {
                return "over70";
            }
        }
        return s.disability80() ? "disability80" : null;
    }
}
