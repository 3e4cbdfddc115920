package fr.victimportal.doctor;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.doctor.domain.DoctorInvitation;
import fr.victimportal.doctor.domain.DoctorInvitationRepository;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.shared.Tokens;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim's assisting doctor (R211-43: the victim may be assisted at the examination by a doctor of their choice).
 * The victim chooses one from the directory or invites one by email; the doctor gets a single-use link (valid 14 days)
 * to create their account or, if they have one, to accept while signed in; once accepted they are the claim's DOCTOR
 * participant and see what the claim's rules let a doctor see (the summary, the examination, the documents the victim
 * shared with them). Choosing another doctor, or stopping, ends the former doctor's access at once.
 */
@Service
@Transactional
public class AssistingDoctors {

    static final Duration VALIDITY = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ClaimService claims;
    private final ClaimParticipants participants;
    private final ClaimJobs jobs;
    private final DoctorDirectory directory;
    private final DoctorInvitationRepository invitations;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final Clock clock;

    AssistingDoctors(
            ClaimService claims,
            ClaimParticipants participants,
            ClaimJobs jobs,
            DoctorDirectory directory,
            DoctorInvitationRepository invitations,
            AccountService accounts,
            CurrentUser currentUser,
            Outbox outbox,
            Clock clock) {
        this.claims = claims;
        this.participants = participants;
        this.jobs = jobs;
        this.directory = directory;
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The claim's assisting doctor as its participants see it.
     *
     * @param doctors the doctors taking part now (one, normally)
     * @param pending the invitation waiting for an answer, if any
     */
    public record State(ClaimFile claim, List<ClaimParticipants.Participant> doctors, Pending pending) {
        public boolean mayChoose() {
            return claim.viewer() == Relation.OWNER;
        }
    }

    public record Pending(String doctorName, String email, Instant invitedAt, Instant expiresAt) {}

    /** What the invitation link shows before anyone signs in. */
    public record InvitationInfo(
            Outcome outcome, String claimReference, String doctorName, String email, boolean accountActive) {}

    public enum Outcome {
        USABLE,
        EXPIRED,
        UNKNOWN
    }

    @Transactional(readOnly = true)
    public State state(String reference) {
        ClaimFile file = claims.open(reference);
        if (!file.submitted() || !file.allows(HelperScope.FIND_DOCTOR)) {
            throw new ClaimNotFoundException(reference);
        }
        List<ClaimParticipants.Participant> doctors = participants.context(file.reference()).participants().stream()
                .filter(p -> p.role() == Relation.DOCTOR)
                .toList();
        Pending pending =
                invitations
                        .findByClaimReferenceAndStatusIn(file.reference(), EnumSet.of(DoctorInvitation.Status.PENDING))
                        .stream()
                        .filter(i -> i.usableAt(clock.instant()))
                        .findFirst()
                        .map(i -> new Pending(i.getDoctorName(), i.getEmail(), i.getInvitedAt(), i.getExpiresAt()))
                        .orElse(null);
        return new State(file, doctors, pending);
    }

    /** The victim chooses a doctor of the directory. */
    public void choose(String reference, long directoryId, Locale language) {
        DirectoryEntry e = directory
                .entry(directoryId)
                .filter(x -> !x.retired())
                .orElseThrow(() -> new UserInputException(null, "doctor.error.gone"));
        invite(reference, directoryId, e.name(), e.email(), language);
    }

    /** The victim invites a doctor who is not in the directory, by name and email. */
    public void inviteByEmail(String reference, String name, String email, Locale language) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new UserInputException("doctorName", "doctor.error.name");
        }
        if (email == null
                || email.strip().length() > 254
                || !EMAIL.matcher(email.strip()).matches()) {
            throw new UserInputException("doctorEmail", "doctor.error.email");
        }
        invite(reference, null, name.strip(), email.strip().toLowerCase(Locale.ROOT), language);
    }

    private void invite(String reference, Long directoryId, String name, String email, Locale language) {
        ClaimFile file = owned(reference);
        long account = accounts.invitedAccount(email, name, Role.DOCTOR, language);
        if (accounts.roleOf(account).orElse(null) != Role.DOCTOR) {
            throw new UserInputException("doctorEmail", "doctor.error.notADoctor");
        }
        if (account == currentUser.require().id()) {
            throw new UserInputException("doctorEmail", "doctor.error.notADoctor");
        }
        endCurrent(file.reference());
        String token = Tokens.newToken();
        Instant now = clock.instant();
        DoctorInvitation invitation = invitations.saveAndFlush(new DoctorInvitation(
                file.reference(),
                directoryId,
                account,
                name,
                email,
                hash(token),
                currentUser.require().id(),
                now,
                now.plus(VALIDITY)));
        outbox.enqueue(Mail.notice(
                account,
                MailMessage.subject("doctor.mail.invitation.subject", file.ownerName())
                        .paragraph("doctor.mail.invitation.lead", file.ownerName(), file.reference())
                        .paragraph("doctor.mail.invitation.what")
                        .paragraph("doctor.mail.invitation.validity", (int) VALIDITY.toDays())
                        .action("doctor.mail.invitation.action", "invitation-medecin/" + token)
                        .build(),
                "doctor-invitation:" + invitation.getId()));
    }

    /** The victim stops working with their doctor (or withdraws a pending invitation): access ends at once. */
    public void stop(String reference) {
        ClaimFile file = owned(reference);
        endCurrent(file.reference());
    }

    private void endCurrent(String reference) {
        Instant now = clock.instant();
        participants.context(reference).participants().stream()
                .filter(p -> p.role() == Relation.DOCTOR)
                .forEach(p -> participants.end(reference, p.userId()));
        invitations
                .findByClaimReferenceAndStatusIn(
                        reference, EnumSet.of(DoctorInvitation.Status.PENDING, DoctorInvitation.Status.ACCEPTED))
                .forEach(i -> {
                    i.close(now);
                    invitations.save(i);
                });
    }

    private ClaimFile owned(String reference) {
        ClaimFile file = claims.open(reference);
        if (!file.submitted()) {
            throw new ClaimNotFoundException(reference);
        }
        if (file.viewer() != Relation.OWNER) {
            throw new UserInputException(null, "doctor.error.ownerOnly");
        }
        return file;
    }

    @Transactional(readOnly = true)
    public InvitationInfo invitation(String token) {
        Optional<DoctorInvitation> found = token == null ? Optional.empty() : invitations.findByTokenHash(hash(token));
        if (found.isEmpty()) {
            return new InvitationInfo(Outcome.UNKNOWN, null, null, null, false);
        }
        DoctorInvitation i = found.get();
        return new InvitationInfo(
                i.usableAt(clock.instant()) ? Outcome.USABLE : Outcome.EXPIRED,
                i.getClaimReference(),
                i.getDoctorName(),
                i.getEmail(),
                accounts.activated(i.getDoctorUserId()));
    }

    /**
     * The doctor accepts. A new doctor sets their name and password here (the link proves the address); a doctor who
     * already has an account accepts while signed in as that account. Either way they become the claim's DOCTOR.
     */
    public void accept(String token, String name, String password) {
        DoctorInvitation i = (token == null
                        ? Optional.<DoctorInvitation>empty()
                        : invitations.findByTokenHash(hash(token)))
                .filter(x -> x.usableAt(clock.instant()))
                .orElseThrow(() -> new UserInputException(null, "invitation.error.unusable"));
        if (accounts.activated(i.getDoctorUserId())) {
            boolean signedInAsThem =
                    currentUser.get().map(u -> u.id() == i.getDoctorUserId()).orElse(false);
            if (!signedInAsThem) {
                throw new UserInputException(null, "invitation.error.signIn");
            }
        } else {
            accounts.activateInvited(i.getDoctorUserId(), name, password);
        }
        long owner = jobs.admitInvited(i.getClaimReference(), i.getDoctorUserId());
        i.accepted(clock.instant());
        invitations.saveAndFlush(i);
        outbox.enqueue(Mail.notice(
                owner,
                MailMessage.subject("doctor.mail.accepted.subject", i.getDoctorName())
                        .paragraph("doctor.mail.accepted.lead", i.getDoctorName(), i.getClaimReference())
                        .action("doctor.mail.accepted.action", "dossier/" + i.getClaimReference() + "/documents")
                        .build(),
                "doctor-accepted:" + i.getId()));
    }

    static String hash(String token) {
        return Tokens.hash(token);
    }
}
