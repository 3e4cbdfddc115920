package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.victimportal.claim.ProcedureStage;
import fr.victimportal.shared.ui.Formats;

/** The procedure's stages in order: past ones dated, the current one highlighted and announced as such. */
class StageTimeline extends Section {

    StageTimeline(ProcedureStage.Progress progress) {
        addClassNames("card", "stage-timeline");
        OrderedList list = new OrderedList();
        for (ProcedureStage stage : ProcedureStage.values()) {
            ListItem item = new ListItem(new Span(getTranslation("stage." + stage.name())));
            var done = progress.completedOn().get(stage);
            if (done != null) {
                item.addClassName("stage-done");
                Span date = new Span(getTranslation("stage.doneOn", Formats.date(done, getLocale())));
                date.addClassName("stage-date");
                item.add(date);
            } else if (stage == progress.current()) {
                item.addClassName("stage-current");
                item.getElement().setAttribute("aria-current", "step");
                Span now = new Span(getTranslation("stage.now"));
                now.addClassName("stage-date");
                item.add(now);
            }
            list.add(item);
        }
        add(new H2(getTranslation("dashboard.stages")), list);
    }
}
