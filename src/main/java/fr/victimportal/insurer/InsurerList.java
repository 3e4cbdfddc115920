package fr.victimportal.insurer;

import fr.victimportal.insurer.domain.Insurer;
import fr.victimportal.insurer.domain.InsurerRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Retires the insurers that a data file wrote ({@code source} starting with {@code filePrefix}) under another
     * version than {@code source} and that it no longer lists: no longer offered, their claims stay with them. The
     * fund and the rows no file wrote are left alone. Returns the identifiers retired now.
     */
    public List<String> retireDropped(String filePrefix, String source) {
        List<String> retired = new ArrayList<>();
        for (Insurer insurer : insurers.findAllByOrderByNameAsc()) {
            String written = insurer.getSource();
            if (written != null
                    && written.startsWith(filePrefix)
                    && !written.equals(source)
                    && insurer.getRetiredAt() == null
                    && !Insurer.FGAO.equals(insurer.getIdentifier())) {
                insurer.retire(clock.instant());
                retired.add(insurer.getIdentifier());
            }
        }
        return retired;
    }
}
