package fr.victimportal.claim.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import fr.victimportal.claim.model.ProcedureStage;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.StaticHtml;
import java.time.LocalDate;
import org.jsoup.nodes.Element;

/**
 * The procedure's stages in order: past ones dated, the current one highlighted and announced as such. In an
 * aggravation's cycle the timeline starts from the aggravation's declaration and ends with a possible new one.
 * Written as one {@link StaticHtml} card (one state node).
 */
class StageTimeline extends Composite<Html> {

    private final Html card;

    StageTimeline(ProcedureStage.Progress progress) {
        Element section = StaticHtml.root("section", "card", "stage-timeline");
        StaticHtml.add(
                section,
                "h2",
                getTranslation(progress.aggravationCycle() ? "dashboard.stages.aggravation" : "dashboard.stages"));
        Element list = section.appendElement("ol");
        if (progress.aggravationCycle()) {
            Element opened =
                    item(list, getTranslation("stage.aggravationDeclared")).addClass("stage-done");
            date(opened, getTranslation("stage.doneOn", Formats.date(progress.aggravationDeclaredOn(), getLocale())));
        }
        for (ProcedureStage stage : ProcedureStage.values()) {
            if (progress.aggravationCycle() && stage == ProcedureStage.DECLARATION) {
                continue;
            }
            String label = progress.aggravationCycle() && stage == ProcedureStage.AGGRAVATION
                    ? "stage.AGGRAVATION.again"
                    : "stage." + stage.name();
            Element item = item(list, getTranslation(label));
            LocalDate done = progress.completedOn().get(stage);
            if (progress.passed().contains(stage)) {
                item.addClass("stage-done");
                date(
                        item,
                        done != null
                                ? getTranslation("stage.doneOn", Formats.date(done, getLocale()))
                                : getTranslation("stage.passed"));
            } else if (stage == progress.current()) {
                item.addClass("stage-current").attr("aria-current", "step");
                date(item, getTranslation("stage.now"));
            }
        }
        card = StaticHtml.component(section);
    }

    @Override
    protected Html initContent() {
        return card;
    }

    private static Element item(Element list, String label) {
        Element item = list.appendElement("li");
        StaticHtml.add(item, "span", label);
        return item;
    }

    private static void date(Element item, String text) {
        StaticHtml.add(item, "span", text, "stage-date");
    }
}
