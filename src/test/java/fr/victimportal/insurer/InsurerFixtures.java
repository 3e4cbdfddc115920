package fr.victimportal.insurer;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * People of an insurer other than the fixtures' own ({@link ClaimFixtures#insurer()}): an agent of "OTHER" (Autre
 * assureur), and the mailboxes of the tests' insurers.
 */
@Component
public class InsurerFixtures {

    private final ClaimFixtures claims;
    private final AccountService accounts;
    private final InsurerList list;

    InsurerFixtures(ClaimFixtures claims, AccountService accounts, InsurerList list) {
        this.claims = claims;
        this.accounts = accounts;
        this.list = list;
    }

    /** The other insurer of the tests. */
    public long other() {
        return claims.insurer("OTHER", "Autre assureur");
    }

    /** A new account of that role (AGENT or INSURER_ADMIN) belonging to the given insurer; its login. */
    public String memberOf(long insurerId, Role role, String name) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
        long id = accounts.create(email, ClaimFixtures.PASSWORD, name, role, Locale.FRENCH);
        accounts.attachToInsurer(id, insurerId);
        return email;
    }

    /** An agent of the other insurer. */
    public String otherAgent(String name) {
        return memberOf(other(), Role.AGENT, name);
    }

    /** Sets (or clears) the mailbox of a tests' insurer (after {@code ClaimFixtures.insurer}, which clears it). */
    public void mailbox(String identifier, String name, @Nullable String mailbox) {
        list.upsert(identifier, name, InsurerKind.INSURER, mailbox, true, "tests");
    }
}
