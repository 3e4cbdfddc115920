package fr.victimportal.doctor;

import fr.victimportal.doctor.domain.DirectoryDoctor;
import fr.victimportal.doctor.domain.DirectoryDoctorRepository;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.SemicolonCsv;
import fr.victimportal.shared.SemicolonCsv.Row;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, an empty directory is filled with about forty clearly fictitious doctors
 * ({@code fr/victimportal/doctor/directory-demo.csv}: names marked "fictif", addresses under the reserved
 * {@code .invalid} domain), across departments, so the search has something to find.
 */
@Component
@Order(15)
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    static final String FILE = "/fr/victimportal/doctor/directory-demo.csv";

    private final DirectoryDoctorRepository doctors;
    private final Clock clock;
    private final boolean enabled;

    DemoDirectory(DirectoryDoctorRepository doctors, Clock clock, PortalProperties properties) {
        this.doctors = doctors;
        this.clock = clock;
        this.enabled = properties.demo().enabled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || doctors.count() > 0) {
            return;
        }
        List<EntryInput> entries = read();
        entries.forEach(e -> doctors.save(new DirectoryDoctor(DoctorDirectory.check(e), null, clock.instant())));
        log.info("Demo mode: {} fictitious doctors added to the directory", entries.size());
    }

    static List<EntryInput> read() {
        try (var in = DemoDirectory.class.getResourceAsStream(FILE);
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return SemicolonCsv.rows(reader, FILE).stream()
                    .map(row -> row.read(DemoDirectory::entry))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** name;specialties;department;city;languages;remote;presentation;fees;email (lists separated by commas). */
    private static EntryInput entry(Row c) {
        return new EntryInput(
                c.get(0),
                Arrays.stream(c.get(1).split(",")).map(Specialty::valueOf).toList(),
                c.get(2),
                c.get(3),
                List.of(c.get(4).split(",")),
                Boolean.parseBoolean(c.get(5)),
                c.get(6),
                c.get(7),
                c.get(8));
    }
}
