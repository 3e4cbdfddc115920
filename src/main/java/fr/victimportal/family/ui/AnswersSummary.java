package fr.victimportal.family.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.shared.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The handling insurer's agent reads each claimant's R211-38 answers, read-only; "not given" for what is empty. */
class AnswersSummary extends Section {

    AnswersSummary(List<ClaimantAnswers.Sheet> sheets, Locale locale) {
        addClassNames("card", "answers-summary");
        add(new H2(getTranslation("family.answers.summary.title")));
        if (sheets.isEmpty()) {
            add(new Paragraph(getTranslation("family.answers.summary.none")));
            return;
        }
        for (ClaimantAnswers.Sheet s : sheets) {
            Section one = new Section();
            one.addClassName("answers-claimant");
            String who =
                    s.name() + " · " + getTranslation("family.link." + s.link().name());
            if (s.minor()) {
                who += " · " + getTranslation("family.claimants.minor", s.representativeName());
            }
            one.add(new H3(who));
            if (s.updatedAt() == null) {
                one.add(new Paragraph(getTranslation("family.answers.summary.notYet")));
                add(one);
                continue;
            }
            ClaimantAnswersData a = s.answers();
            DescriptionList list = new DescriptionList();
            item(list, "bornOn", a.bornOn() == null ? null : Formats.date(a.bornOn(), locale));
            item(list, "birthPlace", a.birthPlace());
            item(list, "occupation", a.occupation());
            item(list, "employer", a.employer());
            item(list, "address", a.address());
            item(list, "monthlyIncome", money(a.monthlyIncome(), locale));
            item(list, "monthlyContribution", money(a.monthlyContribution(), locale));
            item(
                    list,
                    "dependants",
                    a.dependants() == null ? null : a.dependants().toString());
            item(list, "dependantAges", a.dependantAges());
            item(list, "funeralExpenses", money(a.funeralExpenses(), locale));
            item(list, "funeralPaidBy", a.funeralPaidBy());
            item(list, "otherExpenses", money(a.otherExpenses(), locale));
            item(list, "otherExpensesDetail", a.otherExpensesDetail());
            item(list, "socialSecurityBody", a.socialSecurityBody());
            item(list, "otherPayers", a.otherPayers());
            one.add(list);
            add(one);
        }
    }

    private void item(DescriptionList list, String name, @Nullable String value) {
        list.add(new DescriptionList.Term(getTranslation("family.answers." + name)));
        list.add(new DescriptionList.Description(
                value == null ? getTranslation("family.answers.summary.notGiven") : value));
    }

    private static @Nullable String money(@Nullable BigDecimal amount, Locale locale) {
        return amount == null ? null : Formats.euros(amount, locale);
    }
}
