package fr.victimportal.deadline.api;

import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.deadline.CalculatorQuery;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.DeadlineInputException;
import fr.victimportal.deadline.EventType;
import fr.victimportal.shared.i18n.PortalLocales;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deadline calculator as JSON, for associations' and insurers' tools:
 * {@code GET /api/v1/deadlines?event=ACCIDENT&date=2026-03-02}. Public, read-only, no personal data.
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

    /** One deadline as the API shows it; dates are ISO strings, texts in the requested language. */
    record DeadlineJson(String code, String title, String basis, String actor, String event, String eventDate,
            String nominal, String due, String shiftReason, String holiday, String explanation, String ifMissed,
            List<String> adjustments, boolean interpretationApplied) {
    }

    @GetMapping
    List<DeadlineJson> deadlines(@RequestParam(required = false) String event,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String accidentDate,
            @RequestParam(defaultValue = "false") String overseas,
            @RequestParam(defaultValue = "false") String thirdPartyPayerAbroad,
            @RequestParam(defaultValue = "false") String liabilityContested,
            @RequestParam(defaultValue = "true") String damageQuantified,
            @RequestParam(defaultValue = "false") String alsaceMoselle,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        Locale locale = PortalLocales.fromTag(lang).orElseGet(() -> PortalLocales.fromTag(acceptLanguage)
                .orElse(PortalLocales.FRENCH));
        CalculatorQuery query = new CalculatorQuery(event(event), date("date", date, true),
                date("accidentDate", accidentDate, false), bool("overseas", overseas),
                bool("thirdPartyPayerAbroad", thirdPartyPayerAbroad), bool("liabilityContested", liabilityContested),
                bool("damageQuantified", damageQuantified), bool("alsaceMoselle", alsaceMoselle));
        return query.answer(engine, LocalDate.now(clock)).stream().map(d -> json(d, locale)).toList();
    }

    private DeadlineJson json(Deadline d, Locale locale) {
        String code = d.code().name();
        return new DeadlineJson(code, text("deadline." + code + ".title", locale), d.legalBasis(), d.actor().name(),
                d.triggerEvent().name(), d.triggerDate().toString(), d.nominalDate().toString(),
                d.dueDate().toString(), d.shiftReason().name(),
                d.shiftHoliday() == null ? null : text("deadline.holiday." + d.shiftHoliday().name(), locale),
                text("deadline." + code + ".explanation", locale), text("deadline." + code + ".ifMissed", locale),
                d.adjustments().stream().map(a -> a.legalBasis() + " " + a.start() + "/" + a.end()).toList(),
                d.interpretationApplied());
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
                .body(Map.of("parameter", e.parameter, "message", e.parameter + ": " + e.getMessage()));
    }

    @ExceptionHandler(DeadlineInputException.class)
    ResponseEntity<Map<String, String>> refused(DeadlineInputException e) {
        String parameter = switch (e.field()) {
            case "eventDate" -> "date";
            case "eventType" -> "event";
            default -> e.field();
        };
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("parameter", parameter, "message",
                parameter + ": " + texts.getTranslation(e.messageKey(), Locale.ENGLISH, e.arguments().toArray())));
    }
}
