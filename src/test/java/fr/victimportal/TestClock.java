package fr.victimportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock tests can set and move, so deadlines and lockouts are tested on fixed dates. */
public class TestClock extends Clock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The default "now" of the test suite: Monday 23 November 2026, 10:00 in Paris. */
    public static final Instant DEFAULT =
            ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, PARIS).toInstant();

    private volatile Instant now = DEFAULT;

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = DEFAULT;
    }

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** An instant given as a time in Paris (the portal's time zone). */
    public static Instant paris(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS).toInstant();
    }
}
