package fr.victimportal.deadline.api;

import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.deadline.Adjustment;
import fr.victimportal.deadline.CalculatorQuery;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.DeadlineInputException;
import fr.victimportal.deadline.EventType;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.shared.i18n.PortalLocales;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deadline calculator as JSON, for associations' and insurers' tools:
 * {@code GET /api/v1/deadlines?event=ACCIDENT&date=2026-03-02}. Public, read-only, no personal data. Every answer is
 * JSON, a refusal too ({@code {"parameter": ..., "message": ...}} with status 400), whatever the request's
 * {@code Accept} says (a browser asking for a page is not sent to the sign-in page by a 406); another method or an
 * unknown address under {@code /api/}: {@link ApiFallbackController}.
 */
@RestController
@RequestMapping("/api/v1/deadlines")
class DeadlineApiController {

    private final DeadlineEngine engine = new DeadlineEngine();
    private final I18NProvider texts;
    private final Clock clock;

    DeadlineApiController(I18NProvider texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** Longest query string answered; a longer one is refused (with JSON) before any parameter is read. */
    static final int MAX_QUERY_LENGTH = 1024;
    /** Longest value of one parameter (the longest legitimate one is a language tag or an event name). */
    static final int MAX_PARAMETER_LENGTH = 64;

    /**
     * One deadline as the API shows it; dates are ISO strings, texts in the requested language.
     *
     * @param adjustments     each suspension or extension: its article, then its interval as {@code start/end}
     *                        (ISO 8601, {@code start/..} while it still runs) or its length as an ISO 8601 period
     *                        ({@code P1M})
     * @param notes           what else to know about this date (a suspension still running, a condition...)
     * @param interpretations the reading used where the law is debated, and that it is the prudent one
     */
    record DeadlineJson(
            String code,
            String title,
            String basis,
            String actor,
            String event,
            String eventDate,
            String nominal,
            String due,
            String shiftReason,
            String holiday,
            String explanation,
            String ifMissed,
            List<String> adjustments,
            boolean interpretationApplied,
            String period,
            List<String> notes,
            List<String> interpretations) {}

    @GetMapping
    ResponseEntity<List<DeadlineJson>> deadlines(
            HttpServletRequest request,
            @RequestParam(required = false) String event,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String accidentDate,
            @RequestParam(defaultValue = "false") String overseas,
            @RequestParam(defaultValue = "false") String thirdPartyPayerAbroad,
            @RequestParam(defaultValue = "false") String liabilityContested,
            @RequestParam(defaultValue = "true") String damageQuantified,
            @RequestParam(defaultValue = "false") String alsaceMoselle,
            @RequestParam(defaultValue = "INSURED") String responsible,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > MAX_QUERY_LENGTH) {
            throw new BadParameter(
                    "query", "too long (" + queryString.length() + " characters, at most " + MAX_QUERY_LENGTH + ")");
        }
        for (var parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.length() > MAX_PARAMETER_LENGTH) {
                    throw new BadParameter(
                            parameter.getKey().length() > MAX_PARAMETER_LENGTH ? "query" : parameter.getKey(),
                            "too long (at most " + MAX_PARAMETER_LENGTH + " characters)");
                }
            }
            if (parameter.getKey().length() > MAX_PARAMETER_LENGTH) {
                throw new BadParameter(
                        "query", "parameter name too long (at most " + MAX_PARAMETER_LENGTH + " characters)");
            }
        }
        Locale locale = PortalLocales.fromTag(lang)
                .orElseGet(() -> PortalLocales.fromTag(acceptLanguage).orElse(PortalLocales.FRENCH));
        CalculatorQuery query = new CalculatorQuery(
                event(event),
                date("date", date, true),
                date("accidentDate", accidentDate, false),
                bool("overseas", overseas),
                bool("thirdPartyPayerAbroad", thirdPartyPayerAbroad),
                bool("liabilityContested", liabilityContested),
                bool("damageQuantified", damageQuantified),
                bool("alsaceMoselle", alsaceMoselle),
                responsible(responsible));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(query.answer(engine, LocalDate.now(clock)).stream()
                        .map(d -> json(d, locale))
                        .toList());
    }

    private DeadlineJson json(Deadline d, Locale locale) {
        String code = d.code().name();
        return new DeadlineJson(
                code,
                text("deadline." + code + ".title", locale),
                d.legalBasis(),
                d.actor().name(),
                d.triggerEvent().name(),
                d.triggerDate().toString(),
                d.nominalDate().toString(),
                d.dueDate().toString(),
                d.shiftReason().name(),
                d.shiftHoliday() == null
                        ? null
                        : text("deadline.holiday." + d.shiftHoliday().name(), locale),
                text("deadline." + code + ".explanation", locale),
                text("deadline." + code + ".ifMissed", locale),
                d.adjustments().stream().map(DeadlineApiController::adjustment).toList(),
                d.interpretationApplied(),
                d.period().toString(),
                d.notes().stream().map(n -> text(n.messageKey(), locale)).toList(),
                d.interpretations().stream()
                        .map(i -> text(i.messageKey(), locale))
                        .toList());
    }

    /** "C. assur. art. R211-29 2026-04-02/2026-05-10", "... 2026-04-02/.." while it runs, "... P1M" for +1 month. */
    static String adjustment(Adjustment a) {
        if (a.start() == null) {
            return a.legalBasis() + " P" + a.months() + "M";
        }
        return a.legalBasis() + " " + a.start() + "/"
                + (a.end() == null ? ".." : a.end().toString());
    }

    private static Responsible responsible(String value) {
        try {
            return Responsible.valueOf(value.trim());
        } catch (IllegalArgumentException unknown) {
            throw new BadParameter(
                    "responsible", "unknown value '" + value + "': one of " + Arrays.toString(Responsible.values()));
        }
    }

    private String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }

    private static EventType event(String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameter("event", "required: one of " + CalculatorQuery.EVENTS);
        }
        try {
            EventType type = EventType.valueOf(value.trim());
            if (CalculatorQuery.EVENTS.contains(type)) {
                return type;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        throw new BadParameter("event", "unknown event '" + value + "': one of " + CalculatorQuery.EVENTS);
    }

    private static LocalDate date(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new BadParameter(name, "required, as YYYY-MM-DD");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException malformed) {
            throw new BadParameter(name, "not a valid date '" + value + "': expected YYYY-MM-DD");
        }
    }

    private static boolean bool(String name, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no", "" -> false;
            default -> throw new BadParameter(name, "expected true or false, got '" + value + "'");
        };
    }

    static final class BadParameter extends RuntimeException {
        final String parameter;

        BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Map<String, String>> badParameter(BadParameter e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("parameter", e.parameter, "message", e.parameter + ": " + e.getMessage()));
    }

    @ExceptionHandler(DeadlineInputException.class)
    ResponseEntity<Map<String, String>> refused(DeadlineInputException e) {
        String parameter = switch (e.field()) {
            case "eventDate" -> "date";
            case "eventType" -> "event";
            default -> e.field();
        };
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "parameter",
                        parameter,
                        "message",
                        parameter + ": "
                                + texts.getTranslation(
                                        e.messageKey(),
                                        Locale.ENGLISH,
                                        e.arguments().toArray())));
    }
}
