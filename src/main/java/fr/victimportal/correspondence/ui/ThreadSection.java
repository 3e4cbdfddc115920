package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.victimportal.correspondence.ThreadLine;
import fr.victimportal.correspondence.ThreadLine.Attachment;
import fr.victimportal.correspondence.ThreadLine.ThreadEvent;
import fr.victimportal.medical.DocumentDownloads;
import fr.victimportal.shared.Formats;
import java.time.ZoneId;
import java.util.List;

/**
 * The thread, loaded a page at a time (a thread may hold hundreds of lines, and each line is a few nodes kept in the
 * session: issue 25): the newest {@value #PAGE} lines oldest-to-newest, and a button for the {@value #PAGE} before
 * them. Each line says who wrote it, in which role, when, and "Nouveau" (in words) when the reader had not seen it.
 * Once shown, the thread is marked read up to its newest line.
 */
class ThreadSection extends Section {

    static final int PAGE = 30;

    private final Context context;
    private final ZoneId zone;
    private final Div lines = new Div();
    private final Button older = new Button();
    private long oldestShown = Long.MAX_VALUE;
    private long shown;

    ThreadSection(Context context) {
        this.context = context;
        this.zone = context.clock().getZone();
        addClassName("thread");
        setId("thread");
        H2 title = new H2(getTranslation("correspondence.thread.title"));
        title.setId("thread-title");
        getElement().setAttribute("aria-labelledby", "thread-title");
        lines.addClassName("thread-lines");
        older.setText(getTranslation("correspondence.thread.older"));
        older.setId("thread-older");
        older.addClickListener(e -> loadOlder());
        add(title, older, lines);
        List<ThreadLine> newest = loadPage();
        if (newest.isEmpty()) {
            lines.add(new Paragraph(getTranslation("correspondence.thread.empty")));
        } else {
            context.threads().markRead(context.reference(), newest.getFirst().id());
        }
    }

    /** The page before the oldest line shown, put above it. Returns it newest first. */
    private List<ThreadLine> loadPage() {
        List<ThreadLine> page = context.threads().page(context.reference(), oldestShown, PAGE);
        for (ThreadLine line : page) {
            lines.addComponentAsFirst(line(line));
        }
        if (!page.isEmpty()) {
            oldestShown = page.getLast().id();
        }
        shown += page.size();
        older.setVisible(page.size() == PAGE && shown < context.header().total());
        return page;
    }

    private void loadOlder() {
        List<ThreadLine> page = loadPage();
        if (!page.isEmpty()) {
            // the line just above where the reader was takes the focus, so a keyboard user goes on reading from there
            lines.getComponentAt(page.size() - 1).getElement().setAttribute("tabindex", "-1");
            lines.getComponentAt(page.size() - 1).getElement().callJsFunction("focus");
        }
    }

    private Div line(ThreadLine l) {
        Div line = new Div();
        line.addClassNames("thread-line", l.event() != null ? "thread-event" : "thread-message");
        if (l.mine()) {
            line.addClassName("thread-mine");
        }
        String who = getTranslation(
                "correspondence.thread.meta",
                l.authorName(),
                getTranslation("correspondence.role." + l.authorRole()),
                Words.at(this, l.at(), zone));
        Paragraph meta = new Paragraph();
        meta.addClassName("thread-meta");
        if (l.unread()) {
            Span isNew = new Span(getTranslation("correspondence.thread.new"));
            isNew.addClassName("thread-new");
            isNew.getElement().getThemeList().add("badge");
            meta.add(isNew, new Text(" " + who));
        } else {
            meta.setText(who);
        }
        line.add(meta);
        ThreadEvent event = l.event();
        if (event != null) {
            line.add(new Paragraph(getTranslation(
                    event.key(),
                    Words.item(this, event.item(), event.label()),
                    event.due() == null ? "" : Formats.date(event.due(), getLocale()))));
        } else if (!l.body().isEmpty()) {
            line.add(Words.plain(l.body()));
        }
        for (Attachment a : l.attachments()) {
            if (a.mayOpen()) {
                Anchor link = new Anchor(
                        DocumentDownloads.of(context.documents(), a.documentId(), false),
                        getTranslation("correspondence.thread.download", a.title()));
                link.addClassName("thread-attachment");
                line.add(new Div(link));
            } else {
                Paragraph shared = new Paragraph(
                        a.medical()
                                ? getTranslation(
                                        "correspondence.thread.medicalShared",
                                        a.sharedWith() == null ? "" : a.sharedWith())
                                : getTranslation("correspondence.thread.notOpenable", a.title()));
                shared.addClassName("thread-attachment");
                line.add(shared);
            }
        }
        return line;
    }
}
