package fr.victimportal.claim.internal;

import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks on each declaration step, run by the service whatever the screen checked. Each refusal names the field
 * and a translation key; nothing is saved when one fails.
 */
public final class DeclarationRules {

    /** Metropolitan departments 01–95 with Corsica as 2A/2B, and the overseas departments 971–976. */
    private static final Pattern DEPARTMENT = Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");

    static final int MAX_VEHICLES = 10;

    private DeclarationRules() {}

    public static void check(AccidentDetails a, LocalDateTime now) {
        required("date", a.date());
        notFuture("date", a.date(), now.toLocalDate());
        if (a.time() != null && a.date().equals(now.toLocalDate()) && a.time().isAfter(now.toLocalTime())) {
            throw new UserInputException("time", "claim.error.futureTime");
        }
        if (a.date().isBefore(now.toLocalDate().minusYears(30))) {
            throw new UserInputException("date", "claim.error.tooOld");
        }
        required("victimRole", a.victimRole());
        if (a.abroad()) {
            requiredText("country", a.country());
        } else {
            requiredText("commune", a.commune());
            requiredText("department", a.department());
            if (!DEPARTMENT.matcher(a.department().trim().toUpperCase()).matches()) {
                throw new UserInputException("department", "claim.error.department");
            }
        }
        maxLength("description", a.description(), 4000);
        maxLength("policeReport", a.policeReport(), 80);
        maxLength("commune", a.commune(), 120);
        maxLength("country", a.country(), 80);
        SingleLine.check("commune", a.commune());
        SingleLine.check("department", a.department());
        SingleLine.check("country", a.country());
        SingleLine.check("policeReport", a.policeReport());
        SingleLine.checkMultiLine("description", a.description());
    }

    public static void check(SituationDetails s, AccidentDetails accident, LocalDate today) {
        required("birthDate", s.birthDate());
        notFuture("birthDate", s.birthDate(), today);
        if (accident.date() != null && s.birthDate().isAfter(accident.date())) {
            throw new UserInputException("birthDate", "claim.error.birthAfterAccident");
        }
        if (accident.victimRole() == VictimRole.DRIVER) {
            required("driverResponsibility", s.driverResponsibility());
            required("driverGuarantee", s.driverGuarantee());
            if (s.guaranteeCap() != null && s.guaranteeCap().compareTo(BigDecimal.ZERO) < 0) {
                throw new UserInputException("guaranteeCap", "claim.error.negative");
            }
            if (s.guaranteeThresholdPct() != null
                    && (s.guaranteeThresholdPct() < 0 || s.guaranteeThresholdPct() > 100)) {
                throw new UserInputException("guaranteeThresholdPct", "claim.error.percent");
            }
        }
    }

    public static void check(List<VehicleDetails> vehicles) {
        if (vehicles == null || vehicles.isEmpty()) {
            throw new UserInputException("vehicles", "claim.error.noVehicle");
        }
        if (vehicles.size() > MAX_VEHICLES) {
            throw new UserInputException("vehicles", "claim.error.tooManyVehicles", MAX_VEHICLES);
        }
        for (VehicleDetails v : vehicles) {
            if (blank(v.description()) && blank(v.registration())) {
                throw new UserInputException("vehicles", "claim.error.vehicleUnnamed");
            }
            maxLength("vehicles", v.description(), 120);
            maxLength("vehicles", v.registration(), 20);
            maxLength("vehicles", v.insurer(), 120);
            maxLength("vehicles", v.policyNumber(), 60);
            SingleLine.check("vehicles", v.description());
            SingleLine.check("vehicles", v.registration());
            SingleLine.check("vehicles", v.insurer());
            SingleLine.check("vehicles", v.policyNumber());
        }
    }

    public static void check(ProcedureDates d, LocalDate accidentDate, LocalDate today) {
        checkDate("declaredToInsurer", d.declaredToInsurer(), accidentDate, today);
        checkDate("questionnairePresented", d.questionnairePresented(), accidentDate, today);
        checkDate("consolidation", d.consolidation(), accidentDate, today);
        checkDate("insurerKnewConsolidation", d.insurerKnewConsolidation(), accidentDate, today);
        if (d.insurerKnewConsolidation() != null && d.consolidation() == null) {
            throw new UserInputException("consolidation", "claim.error.consolidationMissing");
        }
        if (d.insurerKnewConsolidation() != null && d.insurerKnewConsolidation().isBefore(d.consolidation())) {
            throw new UserInputException("insurerKnewConsolidation", "claim.error.beforeConsolidation");
        }
    }

    /** A date of the procedure: optional, not in the future, not before the accident. */
    /**
     * Who the declaration is for, as stored: NONE when nobody is represented; otherwise the represented person's name
     * (required, at most 120 characters) and a representative's capacity that fits that person (L211-15).
     */
    public static Representation check(Representation representation) {
        Representation clean = representation == null ? Representation.NONE : representation;
        if (!clean.represented()) {
            return Representation.NONE;
        }
        if (clean.role() == Representation.Role.PARENT && clean.person() != Representation.Person.MINOR
                || clean.role() == Representation.Role.CURATOR
                        && clean.person() != Representation.Person.PROTECTED_ADULT
                || (clean.role() == Representation.Role.HEIR) != (clean.person() == Representation.Person.DECEASED)) {
            throw new UserInputException("role", "representation.error.roleForPerson");
        }
        String name =
                clean.representedName() == null ? "" : clean.representedName().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new UserInputException("representedName", "representation.error.name");
        }
        if (clean.role() == null) {
            throw new UserInputException("role", "representation.error.role");
        }
        return new Representation(clean.person(), name, clean.role());
    }

    public static void checkFact(String field, LocalDate date, LocalDate accidentDate, LocalDate today) {
        checkDate(field, date, accidentDate, today);
    }

    private static void checkDate(String field, LocalDate date, LocalDate accidentDate, LocalDate today) {
        if (date == null) {
            return;
        }
        notFuture(field, date, today);
        if (accidentDate != null && date.isBefore(accidentDate)) {
            throw new UserInputException(field, "claim.error.beforeAccident");
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new UserInputException(field, "claim.error.required");
        }
    }

    private static void requiredText(String field, String value) {
        if (blank(value)) {
            throw new UserInputException(field, "claim.error.required");
        }
    }

    private static void notFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new UserInputException(field, "claim.error.futureDate");
        }
    }

    private static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new UserInputException(field, "claim.error.tooLong", max);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static LocalTime noSeconds(LocalTime time) {
        return time == null ? null : time.withSecond(0).withNano(0);
    }
}
