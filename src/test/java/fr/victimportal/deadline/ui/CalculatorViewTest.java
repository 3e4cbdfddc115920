package fr.victimportal.deadline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.KaribuTest;
import fr.victimportal.deadline.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The public calculator, without logging in. Expected dates were checked against a calendar. */
class CalculatorViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private List<String> calculate(EventType event, LocalDate date, String dateLabel, String button) {
        UI.getCurrent().navigate("delais");
        HasValueUtilsKt._setValue(_get(Select.class, s -> s.withoutClasses("language-switch")), event);
        HasValueUtilsKt._setValue(_get(DatePicker.class, d -> d.withLabel(dateLabel)), date);
        _click(_get(Button.class, b -> b.withText(button)));
        return _find(ListItem.class, li -> li.withClasses("deadline")).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    @Test
    void aSettlementGivesTheWithdrawalEndAndThePaymentDateMovedPastHolidays() {
        // Settlement Wed 23 Apr 2025 + 15 days = Thu 8 May (Victoire 1945) -> Fri 9 May.
        // 9 May + 1 month = Mon 9 Jun 2025 (Whit Monday: Easter 20 Apr + 50 days) -> Tue 10 Jun.
        List<String> items = calculate(EventType.SETTLEMENT, LocalDate.of(2025, 4, 23), "Date de l’événement",
                "Calculer");
        assertThat(_get(H2.class).getText()).isEqualTo("2 délais");
        assertThat(items.get(0)).contains("9 mai 2025", "Date normale : 8 mai 2025", "C. assur. art. L211-16");
        assertThat(items.get(1)).contains("10 juin 2025", "Date normale : 9 juin 2025", "C. assur. art. L211-17");
    }

    @Test
    void anAccidentGivesTheEightMonthOfferInEnglishToo() {
        startUi(Locale.ENGLISH);
        // Mon 2 Mar 2026 + 8 months = Mon 2 Nov 2026, a working day.
        List<String> items = calculate(EventType.ACCIDENT, LocalDate.of(2026, 3, 2), "Date of the event",
                "Calculate");
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
}
