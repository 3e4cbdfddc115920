package fr.victimportal.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/** Looks up a signed-in user's saved language; implemented by the account module so the shell stays independent of it. */
public interface UserLanguagePreference {

    Optional<Locale> of(String username);
}
