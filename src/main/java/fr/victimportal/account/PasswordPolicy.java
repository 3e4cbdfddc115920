package fr.victimportal.account;

import fr.victimportal.shared.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Current guidance (NIST SP 800-63B §3.1.1.2, ANSSI/CNIL délibération 2022-100): length over complexity, at least 12
 * characters and up to 128, no composition rules, refuse known common passwords and the user's own email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Throws a {@link UserInputException} on the {@code password} field with the reason, in the user's words. */
    public static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserInputException("password", "password.error.short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserInputException("password", "password.error.long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
            throw new UserInputException("password", "password.error.common");
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                throw new UserInputException("password", "password.error.email");
            }
        }
    }

    private static Set<String> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("/fr/victimportal/account/common-passwords.txt"),
                StandardCharsets.UTF_8))) {
            return in.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
