package fr.victimportal.claim.internal;

import fr.victimportal.account.PersonalDataSection;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimRepository;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A relative's or heir's own R211-38 answers in their data export ({@code dossiers/<reference>/mes-reponses.json}),
 * for every claim they joined as a claimant (issue 24). Read through {@link ClaimantAnswers}, as they read them.
 */
@Component
@Order(12)
class ClaimantAnswersDataSection implements PersonalDataSection {

    private final ClaimantAnswers answers;
    private final ClaimRepository claims;

    ClaimantAnswersDataSection(ClaimantAnswers answers, ClaimRepository claims) {
        this.answers = answers;
        this.claims = claims;
    }

    @Override
    public void write(Sink sink) throws IOException {
        for (ClaimantAnswers.Owned owned : answers.everyOwn()) {
            String reference =
                    claims.findById(owned.claimId()).map(Claim::getReference).orElse(null);
            if (reference != null) {
                sink.json("dossiers/" + reference + "/mes-reponses.json", owned.sheet());
            }
        }
    }
}
