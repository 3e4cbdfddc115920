package fr.victimportal.correspondence;

import fr.victimportal.correspondence.ThreadLine.ThreadEvent;
import java.time.LocalDate;

/** The stored form of a request's event in the thread: key, item, free label and due date, one per line. */
final class ThreadEvents {

    static final String REQUESTED = "correspondence.event.requested";
    static final String ANSWERED = "correspondence.event.answered";
    static final String REFUSED = "correspondence.event.refused";
    static final String WITHDRAWN = "correspondence.event.withdrawn";

    private ThreadEvents() {}

    static ThreadEvent parse(String body) {
        String[] parts = body.split("\n", -1);
        String key = parts[0];
        RequestItem item = RequestItem.parse(parts.length > 1 ? parts[1] : "");
        String label = parts.length > 2 ? parts[2] : "";
        LocalDate due = parts.length > 3 && !parts[3].isEmpty() ? LocalDate.parse(parts[3]) : null;
        return new ThreadEvent(key, item, label, due);
    }
}
