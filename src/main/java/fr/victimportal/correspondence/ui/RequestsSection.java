package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.correspondence.RequestView;
import java.util.Comparator;
import java.util.List;

/**
 * The claim's document requests, open ones first (then newest first), each with its state and dates; the agent's form
 * to ask for a document above them. A message about the list as a whole (a request closed meanwhile in another tab)
 * is announced in a live paragraph that stays on the page.
 */
class RequestsSection extends Section {

    RequestsSection(Context context, Runnable changed) {
        addClassName("requests");
        setId("requests");
        H2 title = new H2(getTranslation("correspondence.requests.title"));
        title.setId("requests-title");
        getElement().setAttribute("aria-labelledby", "requests-title");
        add(title);
        if (context.header().mayRequest()) {
            add(new RequestForm(context, changed));
        }
        List<RequestView> all = context.requests().list(context.reference()).stream()
                .sorted(Comparator.comparing((RequestView r) -> !r.open()))
                .toList();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("correspondence.requests.none")));
        } else {
            long open = all.stream().filter(RequestView::open).count();
            add(new Paragraph(getTranslation("correspondence.requests.count", all.size(), open)));
        }
        for (RequestView r : all) {
            add(new RequestCard(context, r, changed));
        }
    }
}
