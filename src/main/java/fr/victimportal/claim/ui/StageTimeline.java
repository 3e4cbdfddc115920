package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.victimportal.claim.model.ProcedureStage;
import fr.victimportal.shared.Formats;
import java.time.LocalDate;

/**
 * The procedure's stages in order: past ones dated, the current one highlighted and announced as such. In an
 * aggravation's cycle the timeline starts from the aggravation's declaration and ends with a possible new one.
 */
class StageTimeline extends Section {

    StageTimeline(ProcedureStage.Progress progress) {
        addClassNames("card", "stage-timeline");
        OrderedList list = new OrderedList();
        if (progress.aggravationCycle()) {
            ListItem opened = new ListItem(new Span(getTranslation("stage.aggravationDeclared")));
            opened.addClassName("stage-done");
            opened.add(
                    date(getTranslation("stage.doneOn", Formats.date(progress.aggravationDeclaredOn(), getLocale()))));
            list.add(opened);
        }
        for (ProcedureStage stage : ProcedureStage.values()) {
            if (progress.aggravationCycle() && stage == ProcedureStage.DECLARATION) {
                continue;
            }
            String label = progress.aggravationCycle() && stage == ProcedureStage.AGGRAVATION
                    ? "stage.AGGRAVATION.again"
                    : "stage." + stage.name();
            ListItem item = new ListItem(new Span(getTranslation(label)));
            LocalDate done = progress.completedOn().get(stage);
            if (progress.passed().contains(stage)) {
                item.addClassName("stage-done");
                item.add(date(
                        done != null
                                ? getTranslation("stage.doneOn", Formats.date(done, getLocale()))
                                : getTranslation("stage.passed")));
            } else if (stage == progress.current()) {
                item.addClassName("stage-current");
                item.getElement().setAttribute("aria-current", "step");
                item.add(date(getTranslation("stage.now")));
            }
            list.add(item);
        }
        add(
                new H2(getTranslation(
                        progress.aggravationCycle() ? "dashboard.stages.aggravation" : "dashboard.stages")),
                list);
    }

    private static Span date(String text) {
        Span span = new Span(text);
        span.addClassName("stage-date");
        return span;
    }
}
