package fr.victimportal.mandate;

import fr.victimportal.account.PortalUser;
import fr.victimportal.mandate.Mandates.MandateInput;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks of the mandate form the victim signs, before anything is looked up or written: every field in turn, a
 * refusal naming the field. What depends on the caseworker's account (a HELPER, no open mandate yet) is checked by
 * {@link Mandates} afterwards.
 */
final class MandateForm {

    /** The longest mandate the portal records; the victim signs again after that. */
    static final int MAX_YEARS = 3;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** RNA number (W + 9 digits) or SIREN (9 digits), as associations are registered in France. */
    private static final Pattern REGISTRATION = Pattern.compile("W\\d{9}|\\d{9}");

    /** The fields as they are stored: stripped, the address in lower case, the number without spaces. */
    record Checked(String caseworkerName, String email, String associationName, String associationNumber) {}

    private MandateForm() {}

    /** Checks what {@code me} filled in on {@code today}; throws on the first field that is wrong. */
    static Checked check(MandateInput in, PortalUser me, LocalDate today) {
        String name = required(in.caseworkerName(), 120, "caseworkerName", "mandate.error.caseworkerName");
        String email = in.email() == null ? "" : in.email().strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new UserInputException("email", "mandate.error.email");
        }
        String association = required(in.associationName(), 160, "associationName", "mandate.error.association");
        SingleLine.check("caseworkerName", name);
        SingleLine.check("associationName", association);
        SingleLine.check("signedName", in.signedName());
        String number = in.associationNumber() == null
                ? ""
                : in.associationNumber().strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (!REGISTRATION.matcher(number).matches()) {
            throw new UserInputException("associationNumber", "mandate.error.number");
        }
        if (in.standing() == null) {
            throw new UserInputException("standing", "mandate.error.standing");
        }
        if (in.scope() == null || in.scope().isEmpty()) {
            throw new UserInputException("scope", "mandate.error.scope");
        }
        if (in.validUntil() == null || !in.validUntil().isAfter(today)) {
            throw new UserInputException("validUntil", "mandate.error.untilPast");
        }
        if (in.validUntil().isAfter(today.plusYears(MAX_YEARS))) {
            throw new UserInputException("validUntil", "mandate.error.untilFar", MAX_YEARS);
        }
        if (!in.consent() || in.signedName() == null || !sameName(in.signedName(), me.displayName())) {
            throw new UserInputException("signedName", "mandate.error.signature", me.displayName());
        }
        if (email.equals(me.getUsername())) {
            throw new UserInputException("email", "mandate.error.notAHelper");
        }
        return new Checked(name, email, association, number);
    }

    private static String required(String value, int max, String field, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new UserInputException(field, key);
        }
        return v;
    }

    /** The typed signature matches the account's name, ignoring case, accents and spacing. */
    static boolean sameName(String typed, String name) {
        return fold(typed).equals(fold(name));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
