package fr.victimportal.claim;

import com.vaadin.flow.internal.CurrentInstance;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.insurer.InsurerKind;
import fr.victimportal.insurer.InsurerList;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds claims the way a victim would, through the real service, for the tests that need one. */
@Component
public class ClaimFixtures {

    public static final String PASSWORD = "Une-phrase-de-passe-solide";

    private final AccountService accounts;
    private final PortalUserDetailsService users;
    private final ClaimService claims;
    private final ClaimInsurers claimInsurers;
    private final InsurerList insurerList;

    ClaimFixtures(
            AccountService accounts,
            PortalUserDetailsService users,
            ClaimService claims,
            ClaimInsurers claimInsurers,
            InsurerList insurerList) {
        this.accounts = accounts;
        this.users = users;
        this.claims = claims;
        this.claimInsurers = claimInsurers;
        this.insurerList = insurerList;
    }

    /** The insurer the fixtures' claims are addressed to and their agents belong to. */
    public long insurer() {
        return insurer("TEST-INSURER", "Assurances d’essai");
    }

    /** An insurer of the tests' list, created on first use. */
    public long insurer(String identifier, String name) {
        return insurerList.upsert(identifier, name, InsurerKind.INSURER, null, true, "tests");
    }

    public String newUser(Role role, String name) {
        return newUser(role, name, "example.org");
    }

    /** A new account whose address is at {@code domain} (e.g. the demo's, whose mails the demo outbox shows). */
    public String newUser(Role role, String name, String domain) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@" + domain;
        long id = accounts.create(email, PASSWORD, name, role, Locale.FRENCH);
        if (role.ofInsurer()) {
            accounts.attachToInsurer(id, insurer());
        }
        return email;
    }

    /**
     * Runs the action as that user, outside any Vaadin session (Vaadin's security-context strategy would otherwise
     * read the context of the session's own user).
     */
    public <T> T as(String email, Supplier<T> action) {
        var vaadin = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        SecurityContext previous = SecurityContextHolder.getContext();
        PortalUser user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            CurrentInstance.restoreInstances(vaadin);
        }
    }

    public static AccidentDetails accident(LocalDate date, VictimRole role) {
        return new AccidentDetails(
                date,
                LocalTime.of(17, 30),
                false,
                "Bordeaux",
                "33",
                null,
                "Renversé(e) sur un passage piéton",
                role,
                "PV-2026-118");
    }

    public static SituationDetails situation(LocalDate birth) {
        return new SituationDetails(birth, false, null, null, null, null, false);
    }

    /** A victim's claim, declared and submitted with the given dates; returns its reference. */
    public String submittedClaim(String victimEmail, LocalDate accidentDate, ProcedureDates dates) {
        return as(victimEmail, () -> {
            String ref = claims.startOrResumeDeclaration();
            long v = claims.open(ref).version();
            v = claims.saveAccident(ref, v, accident(accidentDate, VictimRole.PEDESTRIAN));
            v = claims.saveSituation(ref, v, situation(LocalDate.of(1984, 5, 12)));
            v = claims.saveVehicles(
                    ref,
                    v,
                    List.of(new VehicleDetails("Voiture grise", "AB-123-CD", "Assurances du Sud", "C-778899", false)));
            v = claims.saveDates(ref, v, dates);
            v = claimInsurers.choose(ref, v, insurer());
            claims.submit(ref, v);
            return ref;
        });
    }
}
