package fr.victimportal.deadline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.KaribuTest;
import fr.victimportal.deadline.EventType;
import fr.victimportal.deadline.Responsible;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The public calculator, without logging in. Expected dates were checked against a calendar. */
class CalculatorViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private List<String> calculate(EventType event, LocalDate date, String dateLabel, String button) {
        UI.getCurrent().navigate("delais");
        HasValueUtilsKt._setValue(
                _find(Select.class, s -> s.withoutClasses("language-switch")).get(0), event);
        HasValueUtilsKt._setValue(_get(DatePicker.class, d -> d.withLabel(dateLabel)), date);
        _click(_get(Button.class, b -> b.withText(button)));
        return _find(ListItem.class, li -> li.withClasses("deadline")).stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void aSettlementGivesTheWithdrawalEndAndThePaymentDateMovedPastHolidays() {
        // Settlement Wed 23 Apr 2025 + 15 days = Thu 8 May (Victoire 1945) -> Fri 9 May.
        // 9 May + 1 month = Mon 9 Jun 2025 (Whit Monday: Easter 20 Apr + 50 days) -> Tue 10 Jun.
        List<String> items =
                calculate(EventType.SETTLEMENT, LocalDate.of(2025, 4, 23), "Date de l’événement", "Calculer");
        assertThat(_get(H2.class).getText()).isEqualTo("2 délais");
        assertThat(items.get(0)).contains("9 mai 2025", "Date normale : 8 mai 2025", "C. assur. art. L211-16");
        assertThat(items.get(1)).contains("10 juin 2025", "Date normale : 9 juin 2025", "C. assur. art. L211-17");
    }

    @Test
    void anAccidentGivesTheEightMonthOfferInEnglishToo() {
        startUi(Locale.ENGLISH);
        // Mon 2 Mar 2026 + 8 months = Mon 2 Nov 2026, a working day.
        List<String> items = calculate(EventType.ACCIDENT, LocalDate.of(2026, 3, 2), "Date of the event", "Calculate");
        assertThat(items).anyMatch(t -> t.contains("November 2, 2026") || t.contains("2 November 2026"));
        assertThat(items).anyMatch(t -> t.contains("C. assur. art. L211-9 al. 2"));
    }

    @Test
    void withoutADateNothingIsCalculatedAndTheFieldSaysWhy() {
        UI.getCurrent().navigate("delais");
        _click(_get(Button.class, b -> b.withText("Calculer")));
        DatePicker date = _get(DatePicker.class, d -> d.withLabel("Date de l’événement"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(_find(ListItem.class, li -> li.withClasses("deadline"))).isEmpty();
    }

    @Test
    void aDateOutOfRangeIsRefusedWithAMessage() {
        calculate(EventType.ACCIDENT, LocalDate.of(1850, 1, 1), "Date de l’événement", "Calculer");
        DatePicker date = _get(DatePicker.class, d -> d.withLabel("Date de l’événement"));
        assertThat(date.getErrorMessage()).isEqualTo("Indiquez une date entre 1900 et 2199.");
    }

    @SuppressWarnings("unchecked")
    private List<String> calculateWith(EventType event, LocalDate date, Responsible responsible) {
        UI.getCurrent().navigate("delais");
        HasValueUtilsKt._setValue(_get(Select.class, s -> s.withLabel("Événement")), event);
        HasValueUtilsKt._setValue(_get(Select.class, s -> s.withLabel("Qui répond de l’accident")), responsible);
        HasValueUtilsKt._setValue(_get(DatePicker.class, d -> d.withLabel("Date de l’événement")), date);
        _click(_get(Button.class, b -> b.withText("Calculer")));
        return _find(ListItem.class, li -> li.withClasses("deadline")).stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void theDamageIsNotTakenAsQuantifiedUntilTheVisitorSaysSo() {
        UI.getCurrent().navigate("delais");
        HasValueUtilsKt._setValue(_get(Select.class, s -> s.withLabel("Événement")), EventType.COMPENSATION_REQUEST);
        Checkbox quantified = _get(Checkbox.class, c -> c.withLabel("Le dommage est entièrement chiffré"));
        assertThat(quantified.isVisible()).isTrue();
        assertThat(quantified.getValue()).isFalse();
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, d -> d.withLabel("Date de l’événement")), LocalDate.of(2026, 3, 2));
        _click(_get(Button.class, b -> b.withText("Calculer")));
        List<String> items = _find(ListItem.class, li -> li.withClasses("deadline")).stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
        // L211-9 al.1: without a quantified damage the insurer owes a reasoned reply, not an offer
        assertThat(items)
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("Réponse").doesNotStartWith("Offre dans les 3 mois"));
    }

    @Test
    void anUnknownResponsibleShowsTheGuaranteeFundPeriodsOnTheirNominalDates() {
        // Sat 4 Mar 2023: request to the fund by Wed 4 Mar 2026, agreement or action by Sat 4 Mar 2028 (not moved)
        List<String> items = calculateWith(EventType.ACCIDENT, LocalDate.of(2023, 3, 4), Responsible.UNKNOWN);
        assertThat(items).hasSize(2);
        assertThat(items.get(0))
                .startsWith("Demande d’indemnisation au Fonds de garantie (FGAO)")
                .contains(
                        "4 mars 2026",
                        "C. assur. art. R421-12",
                        "ignoriez le dommage",
                        "forclos",
                        "Responsable inconnu");
        assertThat(items.get(1))
                .startsWith("Accord ou action en justice dans les cinq ans")
                .contains(
                        "4 mars 2028",
                        "C. assur. art. R421-12",
                        "Lecture prudente retenue",
                        "rien ne permet d’y compter")
                .doesNotContain("Date normale", "6 mars 2028");
        assertThat(String.join(" ", items)).doesNotContain("Offre dans les 8 mois");
    }

    @Test
    void aJudgmentAgainstAnUninsuredResponsibleOpensOneYearToAskTheFund() {
        // Tue 1 May 2028 + 1 year = Tue 1 May 2029, Labour Day: the date stays
        List<String> items = calculateWith(EventType.FINAL_JUDGMENT, LocalDate.of(2028, 5, 1), Responsible.UNINSURED);
        assertThat(items)
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .startsWith("Demande d’indemnisation au Fonds de garantie")
                        .contains("1 mai 2029", "R421-12", "Responsable connu mais non assuré"));
    }

    @Test
    void aLimitationEndingOnASaturdayIsShownOnThatSaturdayWithThePrudentReadingNamed() {
        // consolidation Mon 29 Feb 2016 + 10 years = Sat 28 Feb 2026 (before the legal review: Mon 2 Mar 2026)
        List<String> items =
                calculate(EventType.CONSOLIDATION, LocalDate.of(2016, 2, 29), "Date de l’événement", "Calculer");
        assertThat(items)
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .contains("28 février 2026", "Lecture prudente retenue", "C. civ. art. 2226")
                        .doesNotContain("2 mars 2026", "Date normale"));
    }

    @Test
    void theConditionalFiveMonthOfferShowsItsCondition() {
        List<String> items =
                calculate(EventType.CONSOLIDATION_KNOWN, LocalDate.of(2026, 3, 2), "Date de l’événement", "Calculer");
        assertThat(items).singleElement().satisfies(t -> assertThat(t).contains("ne s’applique que si"));
    }
}
