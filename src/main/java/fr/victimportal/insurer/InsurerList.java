package fr.victimportal.insurer;

import fr.victimportal.insurer.domain.Insurer;
import fr.victimportal.insurer.domain.InsurerRepository;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the insurer list: one insurer as a data file line describes it, created or updated by its identifier. */
@Service
@Transactional
public class InsurerList {

    private final InsurerRepository insurers;
    private final Clock clock;

    InsurerList(InsurerRepository insurers, Clock clock) {
        this.insurers = insurers;
        this.clock = clock;
    }

    /** One insurer of a data file: created, or updated (and offered again) when its identifier is known. */
    public long upsert(
            String identifier,
            String name,
            InsurerKind kind,
            @Nullable String mailbox,
            boolean fictitious,
            String source) {
        Insurer insurer = insurers.findByIdentifier(identifier)
                .orElseGet(() -> new Insurer(identifier, name, kind, clock.instant()));
        insurer.update(name, mailbox, fictitious, source);
        return insurers.save(insurer).getId();
    }
}
