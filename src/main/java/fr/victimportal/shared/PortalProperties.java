package fr.victimportal.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code portal.*} setting, bound once at start-up and checked (a wrong value stops the start and names the
 * setting). The defaults here are the portal's defaults; {@code application.properties} repeats the ones an operator is
 * expected to look at. A module takes the part it needs ({@code properties.medical()}, {@code properties.mail()} …) in
 * its constructor. The README's configuration table lists each key with its default ({@code ConfigurationTableTest}
 * compares it with the metadata the configuration processor writes from this record).
 *
 * <p>Some keys are also read by name, so keep them as they are: {@code portal.demo.enabled} and
 * {@code portal.base-url} by {@link DemoModeGuard} (before any bean exists), {@code portal.jobs.*},
 * {@code portal.mail.delivery-interval} and {@code portal.reminders.interval} by the schedules' annotations (their
 * placeholders repeat the defaults), {@code portal.demo.enabled} by the demo outbox route's condition.
 *
 * @param baseUrl       where the links in mails point
 * @param security      sign-in, throttling, device cookies, sessions and headers
 * @param medical       medical documents: limits, encryption key, upload staging
 * @param mail          how mail is written and delivered
 * @param reminders     the reminder job
 * @param jobs          the background jobs (mail delivery, reminders)
 * @param demo          the demo data and outbox
 * @param clock         the application's clock
 * @param questionnaire the injury questionnaire
 * @param offer         offers and their benchmarks
 * @param insurers      the insurer list's data file
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue @Valid @NestedConfigurationProperty PortalSecurityProperties security,
        @DefaultValue @Valid @NestedConfigurationProperty PortalMedicalProperties medical,
        @DefaultValue @Valid Mail mail,
        @DefaultValue @Valid Reminders reminders,
        @DefaultValue @Valid Jobs jobs,
        @DefaultValue Demo demo,
        @DefaultValue ClockOffset clock,
        @DefaultValue Questionnaire questionnaire,
        @DefaultValue Offer offer,
        @DefaultValue InsurerFile insurers) {

    /**
     * How mail is written and delivered.
     *
     * @param from             sender of every mail
     * @param retryDelays      the wait after each failed SMTP attempt, growing; after one more failure than there are
     *                         delays the mail is marked failed and shown to the agents
     * @param batchSize        how many due mails one run of the delivery job takes at most
     * @param lease            how long an instance owns a mail it is sending; a mail still "sending" after that (the
     *                         instance died) is taken again
     * @param deliveryInterval how often the delivery job runs
     */
    public record Mail(
            @DefaultValue("ne-pas-repondre@victim-portal.fr") @NotBlank
            String from,

            @DefaultValue({"1m", "5m", "30m", "2h", "12h"}) @NotEmpty
            List<Duration> retryDelays,

            @DefaultValue("50") @Positive int batchSize,
            @DefaultValue("5m") @DurationMin(seconds = 1) Duration lease,
            @DefaultValue("PT30S") Duration deliveryInterval) {

        public Mail {
            retryDelays = List.copyOf(retryDelays);
        }

        /** Attempts before a mail is marked failed: the first one plus one per delay. */
        public int maxAttempts() {
            return retryDelays.size() + 1;
        }

        /** The wait after the {@code attempt}-th failed attempt (1-based). */
        public Duration delayAfter(int attempt) {
            return retryDelays.get(Math.min(attempt, retryDelays.size()) - 1);
        }
    }

    /**
     * The reminder job.
     *
     * @param interval  how often the reminder job runs
     * @param batchSize how many claims with due reminders one run takes at most
     */
    public record Reminders(
            @DefaultValue("PT15M") Duration interval,
            @DefaultValue("500") @Positive int batchSize) {}

    /**
     * The background jobs, run on one instance at a time through ShedLock.
     *
     * @param enabled       run the jobs on a schedule (off in the tests, which call the jobs themselves)
     * @param lockAtMostFor how long a crashed instance's job lock holds before it frees itself
     * @param runBudget     a run takes no new work after this long, leaving the rest to the next run
     */
    public record Jobs(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("PT1M") Duration lockAtMostFor,
            @DefaultValue("PT40S") @DurationMin(seconds = 1) Duration runBudget) {}

    /**
     * The demo: fictitious accounts, claims and directory entries, and the demo outbox.
     *
     * @param enabled create the demo data on first start and show the demo outbox; only with the demo profile
     *                and a loopback portal.base-url (DemoModeGuard)
     */
    public record Demo(@DefaultValue("false") boolean enabled) {}

    /**
     * The application's clock (Europe/Paris).
     *
     * @param offset shifts the application's "now" (ISO-8601 duration); only for rehearsals and the multi-instance
     *               check, which makes reminders due weeks ahead; a warning is logged when set
     */
    public record ClockOffset(@DefaultValue("PT0S") Duration offset) {}

    /**
     * The injury questionnaire.
     *
     * @param storeNir keep the social-security number the victim types in the questionnaire (décret 2019-341 is not
     *                 settled for a third-party portal, docs/legal-notes.md); off, the field is not even shown
     */
    public record Questionnaire(@DefaultValue("false") boolean storeNir) {}

    /**
     * Offers.
     *
     * @param benchmarksFile an operator's extra benchmark rows (same columns as benchmarks.csv); unset, only
     *                       the shipped rows
     */
    public record Offer(String benchmarksFile) {}

    /**
     * The insurer list a victim chooses the handling insurer from (docs/insurers.md).
     *
     * @param file the operator's versioned insurer list (a Spring resource location, e.g.
     *             {@code file:/etc/victim-portal/insurers.csv}), loaded at every start; unset, no file is loaded
     *             (the guarantee fund FGAO is always there)
     */
    public record InsurerFile(String file) {}
}
