package fr.victimportal.expertise;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.victimportal.TestClock.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.reminder.ReminderJob;
import fr.victimportal.shared.UserInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The examination notice end to end: recorded by the agent or typed by the victim on the real screen, checked against
 * R211-43 (15 days, every item), fed to the claim's legal clock (R211-44 report date), the reminders to the victim and
 * their doctor, the calendar file. Dates checked on a calendar.
 */
class ExaminationTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private Examinations examinations;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimDeadlines deadlines;

    @Autowired
    private ReminderJob reminderJob;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private ClaimRepository claimRepository;

    @Autowired
    private ClaimParticipantRepository participants;

    @Autowired
    private PortalUserDetailsService users;

    /** A complete notice for an exam on Tue 15 Dec 2026 at 14:30. */
    private static NoticeInput notice(LocalDate received) {
        return new NoticeInput(
                "Dr Paul Girard",
                "Médecin expert près la cour d’appel de Lyon",
                "Évaluer les séquelles de l’accident",
                LocalDate.of(2026, 12, 15),
                LocalTime.of(14, 30),
                "12 rue de la République, 69002 Lyon",
                "Assurances du Sud",
                true,
                received);
    }

    private String victimWithClaim(String name) {
        String victim = fixtures.newUser(Role.VICTIM, name);
        clock.set(paris(2026, 11, 23, 10, 0));
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 10, 5), new ProcedureDates(LocalDate.of(2026, 10, 20), null, null, null));
        return victim + " " + ref;
    }

    @Test
    void aNoticeReceivedFifteenDaysAheadIsTimelyFourteenIsNotAndTheVictimIsToldWhatTheyMayDo() {
        String[] v = victimWithClaim("Chloé Arnaud").split(" ");
        String agent = fixtures.newUser(Role.AGENT, "Agent Examens");
        // exam Tue 15 Dec 2026: a notice received Mon 23 Nov leaves 21 clear days; one received Tue 1 Dec only 13
        fixtures.as(agent, () -> examinations.record(v[1], notice(LocalDate.of(2026, 11, 23))));
        Examinations.NoticeFile timely =
                fixtures.as(v[0], () -> examinations.latest(v[1]).orElseThrow());
        assertThat(timely.check().timely()).isTrue();
        assertThat(timely.missing()).isEmpty();
        assertThat(timely.report().dueDate())
                .as("20 days after Tue 15 Dec 2026: Mon 4 Jan 2027")
                .isEqualTo(LocalDate.of(2027, 1, 4));

        clock.set(paris(2026, 12, 2, 10, 0));
        fixtures.as(
                agent,
                () -> examinations.record(
                        v[1],
                        new NoticeInput(
                                "Dr Paul Girard",
                                null,
                                null,
                                LocalDate.of(2026, 12, 15),
                                null,
                                null,
                                null,
                                false,
                                LocalDate.of(2026, 12, 1))));
        Examinations.NoticeFile late =
                fixtures.as(v[0], () -> examinations.latest(v[1]).orElseThrow());
        assertThat(late.check().timely()).isFalse();
        assertThat(late.missing())
                .containsExactly(
                        Examinations.MissingItem.QUALIFICATIONS,
                        Examinations.MissingItem.PURPOSE,
                        Examinations.MissingItem.PLACE,
                        Examinations.MissingItem.INSURER,
                        Examinations.MissingItem.ASSISTANCE_RIGHT);

        openAs(v[0], "dossier/" + v[1] + "/examen");
        assertThat(page())
                .contains(
                        "L’avis vous est parvenu trop tard : seulement 13 jours avant l’examen",
                        "Vous pouvez donc refuser de vous rendre à cet examen",
                        "annexe à l’article A211-11",
                        "le lieu de l’examen",
                        "la mention que vous pouvez vous faire assister par le médecin de votre choix",
                        "au plus tard le 4 janvier 2027 (20 jours après l’examen, article R211-44");
    }

    @Test
    void theExamEntersTheClaimsLegalClockAndTheReportLateLetterShowsOnceTheTwentyDaysArePast() {
        String[] v = victimWithClaim("Marius Fontaine").split(" ");
        fixtures.as(v[0], () -> examinations.record(v[1], notice(LocalDate.of(2026, 11, 20))));
        var report =
                fixtures.as(v[0], () -> deadlines.deadlinesOf(claims.open(v[1]), LocalDate.of(2026, 11, 23))).stream()
                        .filter(d -> d.deadline().code() == DeadlineCode.EXPERT_REPORT)
                        .findFirst()
                        .orElseThrow();
        assertThat(report.deadline().dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));

        clock.set(paris(2027, 1, 4, 18, 0)); // day 20: still in time
        assertThat(fixtures.as(v[0], () -> examinations.latest(v[1]))
                        .orElseThrow()
                        .reportLate())
                .isFalse();
        clock.set(paris(2027, 1, 5, 9, 0)); // day 21: late
        assertThat(fixtures.as(v[0], () -> examinations.latest(v[1]))
                        .orElseThrow()
                        .reportLate())
                .isTrue();
        openAs(v[0], "dossier/" + v[1] + "/examen");
        assertThat(page())
                .contains(
                        "Le rapport devait être envoyé au plus tard le 4 janvier 2027",
                        "À l’attention de Assurances du Sud",
                        "Objet : demande du rapport d’examen médical, dossier " + v[1],
                        "J’ai été examiné(e) le 15 décembre 2026 par Dr Paul Girard, à votre demande.");
    }

    @Test
    void theVictimCopiesTheLetterOnTheScreenAndBadDatesAreRefusedWithNothingSaved() {
        String[] v = victimWithClaim("Inès Carpentier").split(" ");
        openAs(v[0], "dossier/" + v[1] + "/examen");
        assertThat(page()).contains("Aucun avis d’examen n’est enregistré pour ce dossier.");

        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Médecin examinateur")), "Dr Anne Leroy");
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Date de l’examen")), LocalDate.of(2026, 12, 15));
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Date à laquelle l’avis m’est parvenu")),
                LocalDate.of(2026, 12, 16));
        _click(_get(Button.class, s -> s.withText("Enregistrer l’avis")));
        NotificationsKt.expectNotifications(
                "Indiquez la date à laquelle l’avis vous est parvenu ; elle ne peut pas" + " être dans le futur.");
        assertThat(fixtures.as(v[0], () -> examinations.latest(v[1])))
                .as("nothing saved")
                .isEmpty();

        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Date à laquelle l’avis m’est parvenu")),
                LocalDate.of(2026, 11, 20));
        _click(_get(Button.class, s -> s.withText("Enregistrer l’avis")));
        NotificationsKt.expectNotifications("Avis d’examen enregistré.");
        assertThat(page())
                .contains(
                        "Examen le 15 décembre 2026 à une heure non précisée, lieu : non précisé.",
                        "L’avis vous est parvenu 24 jours avant l’examen",
                        "le lieu de l’examen")
                .as("R211-43 asks for the date and place, not the time")
                .doesNotContain("l’heure de l’examen");
    }

    @Test
    void anotherVictimGetsNotFoundAndAHelperCannotRecord() {
        String[] v = victimWithClaim("Nora Benali").split(" ");
        String other = fixtures.newUser(Role.VICTIM, "Autre Victime");
        assertThatThrownBy(() -> fixtures.as(other, () -> examinations.latest(v[1])))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() ->
                        fixtures.as(other, () -> examinations.record(v[1], notice(LocalDate.of(2026, 11, 20)))))
                .isInstanceOf(ClaimNotFoundException.class);
        String helper = fixtures.newUser(Role.HELPER, "Asso Aide");
        // a caseworker whose mandate covers accompanying the victim: reads the examination, never records it
        participants.save(ClaimParticipant.helper(
                claimRepository.findByReference(v[1]).orElseThrow().getId(),
                users.loadUserByUsername(helper).id(),
                "ACCOMPANY",
                Instant.parse("2026-01-01T00:00:00Z"),
                null));
        assertThatThrownBy(() ->
                        fixtures.as(helper, () -> examinations.record(v[1], notice(LocalDate.of(2026, 11, 20)))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("exam.error.notAllowed");
        assertThat(fixtures.as(helper, () -> examinations.latest(v[1]))).isEmpty();
    }

    @Test
    void theVictimAndTheirDoctorAreRemindedAWeekAndADayBeforeAndALateNoticeIsFlaggedAtOnce() {
        String[] v = victimWithClaim("Hugo Lemaire").split(" ");
        String doctor = fixtures.newUser(Role.DOCTOR, "Dr Claire Morel");
        participants.save(new ClaimParticipant(
                claimRepository.findByReference(v[1]).orElseThrow().getId(),
                users.loadUserByUsername(doctor).id(),
                Role.DOCTOR,
                Instant.parse("2026-01-01T00:00:00Z")));
        clock.set(paris(2026, 12, 2, 10, 0));
        fixtures.as(v[0], () -> examinations.record(v[1], notice(LocalDate.of(2026, 12, 1))));

        reminderJob.sendDue();
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, v[0]))
                .extracting(ReceivedMail::subject)
                .containsExactly("Avis d’examen médical reçu après le 29 novembre 2026 : vous pouvez refuser la date");
        assertThat(ReceivedMail.to(SMTP, doctor))
                .as("the late-notice warning is the victim's")
                .isEmpty();

        clock.set(paris(2026, 12, 8, 9, 0));
        reminderJob.sendDue();
        clock.set(paris(2026, 12, 14, 9, 0));
        reminderJob.sendDue();
        reminderJob.sendDue();
        MailTesting.deliverAll(delivery);
        List<String> expected = List.of(
                "Examen médical le 15 décembre 2026 : dans une semaine", "Examen médical demain, le 15 décembre 2026");
        assertThat(ReceivedMail.to(SMTP, v[0]))
                .extracting(ReceivedMail::subject)
                .endsWith(expected.toArray(String[]::new));
        assertThat(ReceivedMail.to(SMTP, doctor))
                .extracting(ReceivedMail::subject)
                .containsExactlyElementsOf(expected);
        assertThat(ReceivedMail.to(SMTP, doctor).get(0).text()).contains("/dossier/" + v[1] + "/examen");
    }

    @Test
    void theDayAfterTheReportWasDueTheVictimIsRemindedUnlessTheyRecordedItsArrival() {
        String[] late = victimWithClaim("Léon Barbier").split(" ");
        String[] received = victimWithClaim("Jade Marchal").split(" ");
        fixtures.as(late[0], () -> examinations.record(late[1], notice(LocalDate.of(2026, 11, 20))));
        fixtures.as(received[0], () -> examinations.record(received[1], notice(LocalDate.of(2026, 11, 20))));

        clock.set(paris(2026, 12, 28, 18, 0));
        assertThatThrownBy(() -> fixtures.as(received[0], () -> {
                    examinations.reportReceived(received[1], LocalDate.of(2026, 12, 29));
                    return null;
                }))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("exam.error.reportDate");
        fixtures.as(received[0], () -> {
            examinations.reportReceived(received[1], LocalDate.of(2026, 12, 28));
            return null;
        });

        clock.set(paris(2027, 1, 5, 9, 0));
        reminderJob.sendDue();
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, late[0]))
                .extracting(ReceivedMail::subject)
                .endsWith("Rapport d’examen médical : il devait vous parvenir au plus tard le 4 janvier 2027");
        assertThat(ReceivedMail.to(SMTP, received[0]))
                .extracting(ReceivedMail::subject)
                .noneMatch(subject -> subject.startsWith("Rapport d’examen médical"));

        openAs(received[0], "dossier/" + received[1] + "/examen");
        assertThat(page()).contains("Rapport reçu le 28 décembre 2026.").doesNotContain("Le rapport aurait dû");
    }

    @Test
    void theAppointmentIsAValidCalendarFileWithThePlaceAndAReminderTheDayBefore() {
        String[] v = victimWithClaim("Lucas Perret").split(" ");
        fixtures.as(v[0], () -> examinations.record(v[1], notice(LocalDate.of(2026, 11, 20))));
        String ics = new String(
                fixtures.as(
                        v[0],
                        () -> examinations.calendar(
                                v[1],
                                "Examen médical (dossier " + v[1] + ")",
                                "Examen par Dr Paul Girard, avec un texte assez long pour être plié à soixante-quinze octets",
                                "Demain")),
                StandardCharsets.UTF_8);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains(
                        "DTSTART:20261215T133000Z\r\n",
                        "DTEND:20261215T143000Z\r\n",
                        "LOCATION:12 rue de la République\\, 69002 Lyon\r\n",
                        "TRIGGER:-P1D\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("DESCRIPTION:Examen par Dr Paul Girard\\, avec un texte assez long pour être"
                        + " plié à soixante-quinze octets\r\n");
    }
}
