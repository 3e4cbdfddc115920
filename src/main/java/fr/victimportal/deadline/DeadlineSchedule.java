package fr.victimportal.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every deadline of a claim, in due-date order.
 *
 * @param deadlines            sorted by due date, then nominal date, then code
 * @param asOf                 the "today" used to count suspensions still running, or {@code null}
 * @param region               the holiday calendar used
 * @param interpretation       the readings used for the open legal points
 * @param mostFavourableOffer  L211-9 al.4: the offer deadline that expires first (the one the victim relies on), or
 *                             {@code null} when no offer deadline could be computed
 * @param examNoticeCheck      R211-43 check when both exam and notice dates are known, else {@code null}
 */
public record DeadlineSchedule(
        List<Deadline> deadlines,
        LocalDate asOf,
        CalendarRegion region,
        Interpretation interpretation,
        Deadline mostFavourableOffer,
        ExamNoticeCheck examNoticeCheck) {

    public DeadlineSchedule {
        deadlines = List.copyOf(deadlines);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    /** The first deadline with this code (aggravation codes may occur several times: see {@link #all}). */
    public Optional<Deadline> find(DeadlineCode code) {
        return deadlines.stream().filter(d -> d.code() == code).findFirst();
    }

    public List<Deadline> all(DeadlineCode code) {
        return deadlines.stream().filter(d -> d.code() == code).toList();
    }

    /** True when any deadline depends on an open legal point. */
    public boolean interpretationApplied() {
        return deadlines.stream().anyMatch(Deadline::interpretationApplied);
    }
}
