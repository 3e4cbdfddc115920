package fr.victimportal.family;

import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimInsurers;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.HeirOpenings;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.medical.TestFiles;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** A claim opened by an heir after the victim's death (issue 24), declared and sent through the services. */
@Component
public class HeirOpeningFixtures {

    private final ClaimFixtures fixtures;
    private final ClaimService claims;
    private final ClaimInsurers claimInsurers;
    private final HeirDeclaration declaration;
    private final HeirOpenings openings;

    HeirOpeningFixtures(
            ClaimFixtures fixtures,
            ClaimService claims,
            ClaimInsurers claimInsurers,
            HeirDeclaration declaration,
            HeirOpenings openings) {
        this.fixtures = fixtures;
        this.claims = claims;
        this.claimInsurers = claimInsurers;
        this.declaration = declaration;
        this.openings = openings;
    }

    /** {@code heir} opens the claim of "Marc Martin", who died on {@code died}, and sends it; returns its reference. */
    public String sentByHeir(String heir, LocalDate accident, LocalDate died, KinLink link) {
        return fixtures.as(heir, () -> {
            String ref = claims.startOrResumeDeclaration();
            long v = declaration.declare(
                    ref,
                    claims.open(ref).version(),
                    new HeirDeclaration.Declared(
                            "Marc Martin",
                            link,
                            died,
                            YesNoUnknown.YES,
                            new DeathRecording.Proof("acte-de-deces.pdf", TestFiles.pdf())),
                    "Acte de décès");
            v = claims.saveAccident(ref, v, ClaimFixtures.accident(accident, VictimRole.PEDESTRIAN));
            v = claims.saveSituation(ref, v, ClaimFixtures.situation(LocalDate.of(1950, 3, 2)));
            v = claims.saveVehicles(
                    ref,
                    v,
                    List.of(new VehicleDetails("Voiture grise", "AB-123-CD", "Assurances du Sud", "C-1", false)));
            v = claimInsurers.choose(ref, v, fixtures.insurer());
            openings.submit(ref, v);
            return ref;
        });
    }
}
