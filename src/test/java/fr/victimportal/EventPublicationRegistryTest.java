package fr.victimportal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.aggravation.events.AggravationDeclared;
import fr.victimportal.offer.events.OfferAccepted;
import fr.victimportal.offer.events.SettlementWithdrawn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * The events with an after-commit listener are kept in event_publication as JSON and handed again after a restart
 * (docs/architecture/events.md): each must read back as it was written, empty dates included.
 */
class EventPublicationRegistryTest extends IntegrationTest {

    @Autowired
    private EventSerializer serializer;

    @Test
    void theKeptEventsReadBackAsTheyWereWritten() {
        List<Object> events = List.of(
                new OfferAccepted(
                        "VP-2026-000001",
                        12,
                        LocalDate.of(2026, 12, 3),
                        false,
                        LocalDate.of(2026, 12, 18),
                        LocalDate.of(2027, 1, 18)),
                new OfferAccepted("VP-2026-000002", 13, LocalDate.of(2026, 12, 3), true, null, null),
                new SettlementWithdrawn("VP-2026-000001", 12, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10)),
                new AggravationDeclared(
                        "VP-2026-000003", 4, 1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1), null),
                new AggravationDeclared(
                        "VP-2026-000004",
                        5,
                        2,
                        LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2025, 6, 30)));
        for (Object event : events) {
            assertThat(serializer.deserialize(serializer.serialize(event), event.getClass()))
                    .isEqualTo(event);
        }
    }
}
