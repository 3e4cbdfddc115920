package fr.victimportal.claim.internal;

import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.claim.model.VehicleDetails;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Trims what people type: surrounding spaces go, an empty field is no answer. */
public final class Clean {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private Clean() {}

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static AccidentDetails of(AccidentDetails a) {
        String department = text(a.department());
        return new AccidentDetails(
                a.date(),
                DeclarationRules.noSeconds(a.time()),
                a.abroad(),
                text(a.commune()),
                department == null ? null : department.toUpperCase(Locale.ROOT),
                text(a.country()),
                text(a.description()),
                a.victimRole(),
                text(a.policeReport()));
    }

    public static VehicleDetails of(VehicleDetails v) {
        return new VehicleDetails(
                text(v.description()),
                text(v.registration()),
                text(v.insurer()),
                text(v.policyNumber()),
                v.victimsVehicle());
    }

    static QuestionnaireAnswers of(QuestionnaireAnswers q) {
        String nir = text(q.nir());
        return new QuestionnaireAnswers(
                text(q.fullName()),
                text(q.birthPlace()),
                text(q.occupation()),
                text(q.employer()),
                q.monthlyNetIncome(),
                text(q.injuries()),
                q.dependants(),
                q.scheme(),
                text(q.healthFund()),
                nir == null ? null : nir.replace(" ", ""),
                text(q.thirdPartyPayers()),
                text(q.correspondenceAddress()),
                q.plannedDocuments(),
                q.answeredOn());
    }

    /** A date typed in a search box, as 23/11/2026 or 2026-11-23; {@code null} if it is not a date. */
    public static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {FRENCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return null;
    }

    /**
     * A lower-case LIKE pattern that finds {@code text} anywhere, its own {@code %}, {@code _} and backslash taken
     * literally (the query's escape is the backslash).
     */
    static String likePattern(String text) {
        String escaped = text.trim()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
