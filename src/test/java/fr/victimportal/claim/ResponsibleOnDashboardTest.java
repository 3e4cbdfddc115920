package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.reminder.ReminderKind;
import fr.victimportal.reminder.domain.ReminderRepository;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The victim says the person responsible is unknown; the dashboard then shows the
 * guarantee fund's R421-12 periods (on their nominal dates) instead of the insurer's 8-month offer, the corrections
 * history keeps the change, and the reminders follow.
 */
class ResponsibleOnDashboardTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ReminderRepository reminders;

    private static List<String> deadlines() {
        return StaticCards.texts("li.deadline");
    }

    @Test
    void anUnknownResponsibleReplacesTheInsurersOfferByTheFundsPeriods() {
        // Accident Sat 1 Mar 2025: request to the fund by Wed 1 Mar 2028, agreement or action by Fri 1 Mar 2030
        today(2025, 4, 1, 10);
        String victim = fixtures.newUser(Role.VICTIM, "Inès Morel");
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2025, 3, 1), new ProcedureDates(LocalDate.of(2025, 3, 5), null, null, null));
        openAs(victim, "dossier/" + ref);
        assertThat(deadlines())
                .anyMatch(t -> t.startsWith("Offre dans les 8 mois"))
                .noneMatch(t -> t.contains("R421-12"));

        @SuppressWarnings("unchecked")
        Select<Responsible> who = _get(Select.class, s -> s.withLabel("Qui répond de l’accident"));
        assertThat(who.getValue()).isEqualTo(Responsible.INSURED);
        HasValueUtilsKt._setValue(who, Responsible.UNKNOWN);

        List<String> now = deadlines();
        assertThat(now)
                .noneMatch(t -> t.startsWith("Offre dans les 8 mois"))
                .noneMatch(t -> t.startsWith("Prévenir l’assureur du responsable"));
        assertThat(now)
                .anySatisfy(t -> assertThat(t)
                        .startsWith("Demande d’indemnisation au Fonds de garantie")
                        .contains("au plus tard le 1 mars 2028", "C. assur. art. R421-12", "ignoriez le dommage"));
        assertThat(now)
                .anySatisfy(t -> assertThat(t)
                        .startsWith("Accord ou action en justice dans les cinq ans")
                        .contains("au plus tard le 1 mars 2030", "Responsable inconnu"));
        Details history = _get(Details.class, d -> d.withClasses("revision-history"));
        history.setOpened(true);
        assertThat(StaticCards.textOf(history.getElement())).contains("Responsable de l’accident");
        assertThat(reminders.findByClaimReferenceOrderByDueDateAscKindAsc(ref))
                .extracting(r -> r.getKind())
                .contains(ReminderKind.FGAO_REQUEST_IN_3_MONTHS, ReminderKind.FGAO_AGREEMENT_OR_ACTION_IN_6_MONTHS);
    }
}
