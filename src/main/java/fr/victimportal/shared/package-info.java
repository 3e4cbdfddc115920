/**
 * The kernel every module uses: the base entity, the injected Europe/Paris clock, the owner-only check, user input
 * errors, tokens, dates and euros written the French way ({@link fr.victimportal.shared.Formats}), and, in its
 * sub-packages, the locales ({@code i18n}) and the Vaadin shell every screen sits in ({@code ui}: layout, error views,
 * field builders).
 *
 * <p>An open module: every type in it, sub-packages included, is there because several modules need it, so there is
 * nothing to hide behind named interfaces, and listing {@code shared :: i18n} and {@code shared :: ui} in every
 * module would only repeat "everyone". It depends on no module ({@code allowedDependencies = {}}), which
 * {@code ModularityTest} still checks; only its {@code ui} package may use Vaadin's UI classes in a service's
 * place (see the rule that no class outside a {@code ui} package depends on one).
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
@NullMarked
package fr.victimportal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
