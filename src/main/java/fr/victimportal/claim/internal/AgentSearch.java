package fr.victimportal.claim.internal;

import fr.victimportal.account.AccountService;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.claim.model.Relation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The insurer agents' lists of submitted claims, for {@link ClaimService} (which checks the AGENT role and holds the
 * transaction): the search and the queue. Each list reads the owners' names in one query and leaves out the correction
 * history, which the lists do not show.
 */
@Component
public class AgentSearch {

    private final ClaimRepository claims;
    private final AccountService accounts;
    private final ClaimFiles files;

    AgentSearch(ClaimRepository claims, AccountService accounts, ClaimFiles files) {
        this.claims = claims;
        this.accounts = accounts;
        this.files = files;
    }

    /** Submitted claims found by a reference, part of the victim's name, or an accident date (50 at most). */
    public List<ClaimFile> search(String text) {
        String query = text == null ? "" : text.trim();
        if (query.length() < 2) {
            return List.of(); // one letter would match half the victims by name
        }
        LocalDate date = Clean.parseDate(query);
        List<Long> owners = accounts.idsByName(query);
        List<Claim> found = claims.search(query, owners.isEmpty() ? List.of(-1L) : owners, date, Limit.of(50));
        return asAgent(found);
    }

    /** Every submitted claim (the 500 newest), or those the search text finds. */
    public List<ClaimFile> queue(String text) {
        if (text != null && !text.isBlank()) {
            return search(text);
        }
        return asAgent(claims.findByStatusOrderBySubmittedAtDesc(ClaimStatus.SUBMITTED, Limit.of(500)));
    }

    private List<ClaimFile> asAgent(List<Claim> found) {
        Map<Long, String> owners = accounts.displayNames(
                found.stream().map(Claim::getOwnerId).distinct().toList());
        return found.stream()
                .map(c -> files.toFile(new Access(c, Relation.AGENT), owners))
                .toList();
    }
}
