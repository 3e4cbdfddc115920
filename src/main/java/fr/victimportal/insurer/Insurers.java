package fr.victimportal.insurer;

import fr.victimportal.insurer.domain.Insurer;
import fr.victimportal.insurer.domain.InsurerRepository;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insurer list: what a victim chooses the handling insurer from, and the names the screens show. Public facts
 * about organisations, readable by anyone signed in.
 */
@Service
@Transactional(readOnly = true)
public class Insurers {

    private final InsurerRepository insurers;

    Insurers(InsurerRepository insurers) {
        this.insurers = insurers;
    }

    /** The insurers offered for a claim (not retired), by name. */
    public List<InsurerRef> choosable() {
        return insurers.findByRetiredAtIsNullOrderByNameAsc().stream()
                .map(Insurer::ref)
                .toList();
    }

    /**
     * The offered insurers whose name or identifier contains the text, accents and case aside (the declaration's
     * search as you type), at most {@code limit}.
     */
    public List<InsurerRef> search(String text, int limit) {
        String wanted = fold(text);
        return choosable().stream()
                .filter(i -> wanted.isEmpty()
                        || fold(i.name()).contains(wanted)
                        || fold(i.identifier()).contains(wanted))
                .limit(limit)
                .toList();
    }

    public Optional<InsurerRef> find(long id) {
        return insurers.findById(id).map(Insurer::ref);
    }

    public Optional<InsurerRef> byIdentifier(String identifier) {
        return insurers.findByIdentifier(identifier).map(Insurer::ref);
    }

    /** The guarantee fund, created by the migration. */
    public InsurerRef fund() {
        return insurers.findByIdentifier(Insurer.FGAO).orElseThrow().ref();
    }

    /** Names by insurer id, for screens that list several. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        insurers.findAllById(ids).forEach(i -> names.put(i.getId(), i.getName()));
        return names;
    }

    /** The insurer's shared mailbox for procedure notices, if it gave one. */
    public Optional<String> mailbox(long id) {
        return insurers.findById(id).map(Insurer::getMailbox);
    }

    static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
