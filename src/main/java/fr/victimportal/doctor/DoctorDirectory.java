package fr.victimportal.doctor;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.doctor.domain.DirectoryDoctor;
import fr.victimportal.doctor.domain.DirectoryDoctorRepository;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of doctors who assist victims (médecins-conseils de victimes): anyone signed in searches it by
 * department, specialty and language; an insurer support agent adds, edits and retires entries (a retired entry stays
 * for the invitations that point at it but no longer shows).
 *
 * <p><b>One directory shared by every insurer, not one per insurer.</b> The doctors listed here assist the VICTIM, on
 * the victim's side of the examination (they are not the insurer's doctors): which doctor a victim may find and choose
 * must not depend on the insurer their claim is addressed to, nor change when the claim is transferred, and an insurer
 * must not be able to shape the list its own victims choose from. So any insurer's agent keeps the one list, and each
 * addition, edit and retirement is written to the audit trail with the agent and the insurer they belong to
 * ({@link AuditAction#DIRECTORY_EDIT}), so that an operator sees which claims department changed what.
 */
@Service
@Transactional
public class DoctorDirectory {

    private static final Pattern DEPARTMENT = Pattern.compile("0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6]");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final DirectoryDoctorRepository doctors;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    DoctorDirectory(DirectoryDoctorRepository doctors, CurrentUser currentUser, Clock clock, AuditTrail audit) {
        this.doctors = doctors;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The active entries matching every criterion given, by department then name. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> search(DirectoryFilter f) {
        String text =
                f.text() == null || f.text().isBlank() ? null : fold(f.text().strip());
        return doctors.findByRetiredAtIsNullOrderByDepartmentAscFullNameAsc().stream()
                .map(DirectoryDoctor::entry)
                .filter(e -> f.department() == null || f.department().equals(e.department()))
                .filter(e -> f.specialty() == null || e.specialties().contains(f.specialty()))
                .filter(e -> f.language() == null || e.languages().contains(f.language()))
                .filter(e -> text == null
                        || fold(e.name()).contains(text)
                        || fold(e.city()).contains(text))
                .toList();
    }

    /** The departments and languages the active entries cover, for the filters. */
    @Transactional(readOnly = true)
    public Choices choices() {
        TreeSet<String> departments = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>();
        doctors.findByRetiredAtIsNullOrderByDepartmentAscFullNameAsc().stream()
                .map(DirectoryDoctor::entry)
                .forEach(e -> {
                    departments.add(e.department());
                    languages.addAll(e.languages());
                });
        return new Choices(List.copyOf(departments), List.copyOf(languages));
    }

    public record Choices(List<String> departments, List<String> languages) {}

    @Transactional(readOnly = true)
    public Optional<DirectoryEntry> entry(long id) {
        return doctors.findById(id).map(DirectoryDoctor::entry);
    }

    public boolean mayEdit() {
        return currentUser.get().map(u -> u.role() == Role.AGENT).orElse(false);
    }

    /** An agent adds an entry ({@code id} null) or edits one (with the version they read). */
    public long save(Long id, long expectedVersion, EntryInput in) {
        requireEditor();
        EntryInput clean = check(in);
        long by = currentUser.require().id();
        if (id == null) {
            long added = doctors.saveAndFlush(new DirectoryDoctor(clean, by, clock.instant()))
                    .getId();
            audited(added, "add");
            return added;
        }
        DirectoryDoctor d = current(id, expectedVersion);
        d.apply(clean, by, clock.instant());
        doctors.saveAndFlush(d);
        audited(id, "edit");
        return id;
    }

    /** An agent retires an entry: it no longer shows in searches. */
    public void retire(long id, long expectedVersion) {
        requireEditor();
        DirectoryDoctor d = current(id, expectedVersion);
        d.retire(currentUser.require().id(), clock.instant());
        doctors.saveAndFlush(d);
        audited(id, "retire");
    }

    /** The change, its agent and the agent's insurer, in the audit trail (no claim: the directory is shared). */
    private void audited(long doctorId, String what) {
        PortalUser agent = currentUser.require();
        audit.record(new AuditRecord(
                agent.id(),
                agent.role().name(),
                null,
                "directory:" + doctorId + ":" + what + ":insurer:" + agent.insurerId(),
                AuditAction.DIRECTORY_EDIT,
                AuditOutcome.GRANTED));
    }

    private DirectoryDoctor current(long id, long expectedVersion) {
        DirectoryDoctor d = doctors.findById(id)
                .filter(x -> !x.retired())
                .orElseThrow(() -> new UserInputException(null, "doctor.error.gone"));
        if (d.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(DirectoryDoctor.class, id);
        }
        return d;
    }

    private void requireEditor() {
        if (!mayEdit()) {
            throw new UserInputException(null, "doctor.error.agentOnly");
        }
    }

    static EntryInput check(EntryInput in) {
        String name = strip(in.name());
        if (name == null || name.length() > 120) {
            throw new UserInputException("name", "doctor.error.name");
        }
        if (in.specialties() == null || in.specialties().isEmpty()) {
            throw new UserInputException("specialties", "doctor.error.specialties");
        }
        String department = strip(in.department());
        if (department == null
                || !DEPARTMENT.matcher(department.toUpperCase(Locale.ROOT)).matches()) {
            throw new UserInputException("department", "doctor.error.department");
        }
        String city = strip(in.city());
        if (city == null || city.length() > 80) {
            throw new UserInputException("city", "doctor.error.city");
        }
        List<String> languages = in.languages() == null
                ? List.of()
                : in.languages().stream()
                        .filter(Objects::nonNull)
                        .map(l -> l.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
        if (languages.isEmpty()
                || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
            throw new UserInputException("languages", "doctor.error.languages");
        }
        String presentation = strip(in.presentation());
        String fees = strip(in.fees());
        if ((presentation != null && presentation.length() > 1000) || (fees != null && fees.length() > 400)) {
            throw new UserInputException("presentation", "doctor.error.tooLong");
        }
        SingleLine.check("name", name);
        SingleLine.check("city", city);
        SingleLine.checkMultiLine("presentation", presentation);
        SingleLine.checkMultiLine("presentation", fees);
        String email = strip(in.email());
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new UserInputException("email", "doctor.error.email");
        }
        return new EntryInput(
                name,
                List.copyOf(new LinkedHashSet<>(in.specialties())),
                department.toUpperCase(Locale.ROOT),
                city,
                languages,
                in.remote(),
                presentation,
                fees,
                email.toLowerCase(Locale.ROOT));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Lower case without accents, so "helene" finds "Hélène". */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
