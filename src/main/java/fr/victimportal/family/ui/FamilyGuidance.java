package fr.victimportal.family.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.Formats;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Plain words for a bereaved family (issue 24), once the death is recorded: what happens now (the offer to the heirs
 * and the spouse, by the date the claim's legal clock gives: L211-9 al. 2, R211-30), who does what by when, what to
 * gather (R211-38), each relative's own offer and their 15 days to withdraw (L211-16), the judge for a minor (L211-15),
 * and the guarantee fund when the driver is unknown or uninsured (R421-12). Every legal word is explained.
 */
class FamilyGuidance extends Section {

    FamilyGuidance(ClaimFile file, ClaimDeadlines deadlines, LocalDate today) {
        addClassNames("card", "family-guidance");
        add(new H2(getTranslation("family.guide.title")));
        add(new Paragraph(getTranslation("family.guide.intro")));

        add(new H3(getTranslation("family.guide.now")));
        Responsible responsible = deadlines.responsibleOf(file);
        if (responsible.fund()) {
            add(new Paragraph(getTranslation("family.guide.fundHandles")));
        } else {
            Optional<LocalDate> offer = deadlines.deadlinesOf(file, today).stream()
                    .filter(c -> c.deadline().code() == DeadlineCode.OFFER_8M)
                    .map(c -> c.deadline().dueDate())
                    .findFirst();
            add(new Paragraph(offer.map(d -> getTranslation("family.guide.offerBy", Formats.date(d, getLocale())))
                    .orElse(getTranslation("family.guide.offerNoDate"))));
        }
        add(new Paragraph(getTranslation("family.guide.ownOffer")));

        add(new H3(getTranslation("family.guide.who")));
        add(new UnorderedList(
                new ListItem(getTranslation("family.guide.who.insurer")),
                new ListItem(getTranslation("family.guide.who.you")),
                new ListItem(getTranslation("family.guide.who.decide"))));

        add(new H3(getTranslation("family.guide.answer")));
        add(new Paragraph(getTranslation("family.guide.answer.lead")));
        add(new UnorderedList(
                new ListItem(getTranslation("family.guide.answer.accept")),
                new ListItem(getTranslation("family.guide.answer.refuse")),
                new ListItem(getTranslation("family.guide.answer.withdraw"))));

        add(new H3(getTranslation("family.guide.minor")));
        add(new Paragraph(getTranslation("family.guide.minor.text")));

        add(new H3(getTranslation("family.guide.fund")));
        add(new Paragraph(getTranslation("family.guide.fund.what")));
        LocalDate accident = file.accident().date();
        add(new UnorderedList(
                new ListItem(
                        accident == null
                                ? getTranslation("family.guide.fund.unknown")
                                : getTranslation(
                                        "family.guide.fund.unknownBy",
                                        Formats.date(accident.plusYears(3), getLocale()))),
                new ListItem(getTranslation("family.guide.fund.uninsured"))));
        add(new Paragraph(getTranslation("family.guide.fund.noDelay")));

        add(new Paragraph(getTranslation("family.guide.help")));
        add(new Anchor(
                "dossier/" + file.reference() + "/famille/mes-reponses", getTranslation("family.guide.toAnswers")));
    }
}
