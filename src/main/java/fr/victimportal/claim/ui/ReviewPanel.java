package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.shared.Formats;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Step 5: everything the victim answered, on one page, before sending; and who should compensate them. */
class ReviewPanel extends Section {

    private final DescriptionList list = new DescriptionList();

    private ClaimFile file;

    /** @param insurer the name of the insurer the claim is addressed to, empty while none is chosen */
    ReviewPanel(ClaimFile file, String insurer) {
        this.file = file;
        addClassName("card");
        Locale locale = getLocale();
        AccidentDetails a = file.accident();
        SituationDetails s = file.situation();
        ProcedureDates d = file.dates();
        row("claim.accident.date", Formats.date(a.date(), locale) + (a.time() == null ? "" : " " + a.time()));
        row("claim.review.place", a.abroad() ? a.country() : a.commune() + " (" + a.department() + ")");
        row(
                "claim.review.declarant",
                file.byRepresentative()
                        ? getTranslation(
                                "declarant.line.rep",
                                getTranslation(
                                        "declarant.who." + file.representation().role()),
                                file.representation().representedName())
                        : getTranslation("declarant.line.self"));
        row("claim.accident.role", a.victimRole() == null ? "" : getTranslation("claim.role." + a.victimRole()));
        row("claim.accident.description", a.description());
        row("claim.accident.police", a.policeReport());
        row("claim.situation.birthDate", Formats.date(s.birthDate(), locale));
        row("claim.situation.disability80", getTranslation(s.disability80() ? "claim.answer.YES" : "claim.answer.NO"));
        if (s.driverResponsibility() != null) {
            row(
                    "claim.situation.responsibility",
                    getTranslation(Voice.key(file, "claim.responsibility." + s.driverResponsibility())));
            row("claim.situation.guarantee", getTranslation("claim.answer." + s.driverGuarantee()));
        }
        row(
                "claim.review.vehicles",
                file.vehicles().stream().map(ReviewPanel::vehicle).collect(Collectors.joining(" ; ")));
        row("claim.review.insurer", insurer);
        ProcedureFacts f = file.facts();
        row("claim.dates.declaredToInsurer", Formats.date(d.declaredToInsurer(), locale));
        boolean heir = file.representation().heir();
        if (!heir) {
            // after a death neither the victim's questionnaire (R211-37) nor a consolidation of their state applies
            row("claim.dates.questionnairePresented", Formats.date(d.questionnairePresented(), locale));
            row("claim.dates.consolidation", Formats.date(d.consolidation(), locale));
            row("claim.dates.insurerKnewConsolidation", Formats.date(d.insurerKnewConsolidation(), locale));
        }
        if (f != null) {
            row("claim.facts.compensationRequested", Formats.date(f.compensationRequested(), locale));
            yes("claim.facts.liabilityContested", f.liabilityContested());
            yes("claim.facts.damageFullyQuantified", f.damageFullyQuantified());
            yes("claim.facts.thirdPartyPayerAbroad", f.thirdPartyPayerAbroad());
            if (!heir) {
                row("claim.facts.victimDied", Formats.date(f.victimDied(), locale));
            }
            yes("claim.facts.courtExpertOnInsurerRequest", f.courtExpertOnInsurerRequest());
        }
        add(new H2(getTranslation("claim.review.title")), list);
    }

    private static String vehicle(VehicleDetails v) {
        return Stream.of(v.description(), v.registration(), v.insurer(), v.policyNumber())
                .filter(x -> x != null && !x.isBlank())
                .collect(Collectors.joining(", "));
    }

    private void yes(String labelKey, boolean value) {
        row(labelKey, getTranslation(value ? "claim.answer.YES" : "claim.answer.NO"));
    }

    /** Labels about the victim's own facts speak of "the victim" when a representative fills in the claim. */
    private static final Set<String> VOICED = Set.of(
            "claim.accident.role",
            "claim.situation.birthDate",
            "claim.situation.disability80",
            "claim.situation.responsibility",
            "claim.situation.guarantee",
            "claim.facts.damageFullyQuantified",
            "claim.facts.thirdPartyPayerAbroad",
            "claim.facts.liabilityContested",
            "claim.facts.courtExpertOnInsurerRequest");

    private void row(String labelKey, String value) {
        String shown = value == null || value.isBlank() ? getTranslation("claim.review.empty") : value;
        String label = getTranslation(VOICED.contains(labelKey) ? Voice.key(file, labelKey) : labelKey);
        list.add(new DescriptionList.Term(label), new DescriptionList.Description(shown));
    }
}
