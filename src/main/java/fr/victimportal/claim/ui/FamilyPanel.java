package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's words to the family once the victim's death is recorded (issue 24): whom the claim concerns, what
 * happens now (the offer goes to the heirs and, where relevant, the spouse, L211-9; its deadline is extended under
 * R211-30), who does what by when, what to gather (R211-38) without asking for what the portal already has, and how
 * the guarantee fund steps in. Before a death, a link to the people around the claim for those who manage them.
 */
class FamilyPanel extends Section {

    /**
     * @param death     the victim's recorded death, read once by the dashboard
     * @param computed  the claim's deadlines as the dashboard computed them (issue 25: not computed twice)
     */
    FamilyPanel(
            ClaimFile file,
            Optional<ClaimFamily.Death> death,
            ClaimDeadlines deadlines,
            List<ClaimDeadlines.ClaimDeadline> computed) {
        addClassNames("card", "family-panel");
        String base = "dossier/" + file.reference() + "/famille";
        if (death.isEmpty()) {
            if (file.viewer() == Relation.OWNER
                    || file.viewer() == Relation.AGENT
                    || file.viewer() == Relation.RELATIVE) {
                add(new H2(getTranslation("family.panel.people")));
                add(new Anchor(base, getTranslation("family.panel.manage")));
            } else {
                setVisible(false);
            }
            if (file.viewer() == Relation.RELATIVE) {
                add(new Paragraph(getTranslation("family.panel.relative")));
                add(new Anchor("dossier/" + file.reference() + "/documents", getTranslation("family.panel.documents")));
            }
            return;
        }
        ClaimFamily.Death d = death.get();
        String victim = file.byRepresentative() && file.representation().representedName() != null
                ? file.representation().representedName()
                : file.ownerName();
        add(new H2(getTranslation("family.panel.title")));
        add(new Paragraph(getTranslation("family.panel.concerns", victim, Formats.date(d.diedOn(), getLocale()))));

        add(new H3(getTranslation("family.panel.now")));
        Responsible responsible = deadlines.responsibleOf(file);
        if (responsible.fund()) {
            add(new Paragraph(getTranslation("family.panel.fund." + responsible.name())));
        } else {
            Optional<LocalDate> offer = computed.stream()
                    .filter(c -> c.deadline().code() == DeadlineCode.OFFER_8M)
                    .map(c -> c.deadline().dueDate())
                    .findFirst();
            add(new Paragraph(getTranslation("family.panel.offer")));
            offer.ifPresent(date ->
                    add(new Paragraph(getTranslation("family.panel.offerBy", Formats.date(date, getLocale())))));
            add(new Paragraph(getTranslation("family.panel.fund")));
        }

        add(new H3(getTranslation("family.panel.who")));
        UnorderedList who = new UnorderedList(
                new ListItem(getTranslation(responsible.fund() ? "family.panel.who.fund" : "family.panel.who.insurer")),
                new ListItem(getTranslation("family.panel.who.heirs")),
                new ListItem(getTranslation("family.panel.who.minor")));
        add(who);

        add(new H3(getTranslation("family.panel.gather")));
        add(new Paragraph(getTranslation("family.panel.gather.lead")));
        UnorderedList gather = new UnorderedList(
                new ListItem(getTranslation("family.panel.gather.identity")),
                new ListItem(getTranslation("family.panel.gather.link")),
                new ListItem(getTranslation("family.panel.gather.heirs")),
                new ListItem(getTranslation("family.panel.gather.payers")),
                new ListItem(getTranslation("family.panel.gather.income")),
                new ListItem(getTranslation("family.panel.gather.expenses")));
        add(gather);
        UnorderedList already = new UnorderedList(new ListItem(getTranslation("family.panel.has.accident")));
        if (d.proofDocumentId() != null) {
            already.add(new ListItem(getTranslation("family.panel.has.certificate")));
        }
        add(new Paragraph(getTranslation("family.panel.has")), already);
        if (file.viewer() == Relation.RELATIVE) {
            // the family page's guidance, step by step, and the relative's own R211-38 answers
            add(new Paragraph(new Anchor(base, getTranslation("family.panel.guide"))));
            add(new Paragraph(new Anchor(base + "/mes-reponses", getTranslation("family.answers.link"))));
        }
        add(new Anchor(base, getTranslation("family.panel.manage")));
    }
}
