package fr.victimportal.deadline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every translation key this module can hand to the UI, so the app can check its translation files are complete.
 * The engine itself never produces user-facing text.
 */
public final class DeadlineMessageKeys {

    /** Error keys used by {@link DeadlineInputException#messageKey()}. */
    public static final List<String> ERROR_KEYS = List.of(
            FactsValidator.REQUIRED,
            FactsValidator.OUT_OF_RANGE,
            FactsValidator.NOT_BEFORE,
            FactsValidator.NOT_AFTER,
            FactsValidator.ANSWER_WITHOUT_REQUEST,
            FactsValidator.REASK_WITHOUT_ANSWER,
            "deadline.error.unsupportedEvent",
            "deadline.error.negativeAmount",
            "deadline.error.interestRateMissing",
            "deadline.error.judgmentNeedsUninsured");

    private DeadlineMessageKeys() {}

    public static List<String> all() {
        List<String> keys = new ArrayList<>();
        for (DeadlineCode c : DeadlineCode.values()) {
            keys.add(c.titleKey());
            keys.add(c.explanationKey());
            keys.add(c.ifMissedKey());
        }
        for (EventType e : EventType.values()) {
            keys.add(e.messageKey());
        }
        for (Actor a : Actor.values()) {
            keys.add(a.messageKey());
        }
        for (ShiftReason s : ShiftReason.values()) {
            keys.add(s.messageKey());
        }
        for (Holiday h : Holiday.values()) {
            keys.add(h.messageKey());
        }
        for (CalendarRegion r : CalendarRegion.values()) {
            keys.add(r.messageKey());
        }
        for (AdjustmentRule r : AdjustmentRule.values()) {
            keys.add(r.messageKey());
        }
        for (DeadlineNote n : DeadlineNote.values()) {
            keys.add(n.messageKey());
        }
        for (InterpretationPoint p : InterpretationPoint.values()) {
            keys.add(p.messageKey(false));
            keys.add(p.messageKey(true));
        }
        for (Responsible r : Responsible.values()) {
            keys.add(r.messageKey());
        }
        for (PenaltyKind k : PenaltyKind.values()) {
            keys.add(k.messageKey());
        }
        keys.add(PenaltyEstimate.DISCLAIMER_KEY);
        keys.add("deadline.penalty.extrapolated");
        keys.add(PenaltyEstimate.UNAVAILABLE_KEY);
        keys.addAll(ERROR_KEYS);
        return Collections.unmodifiableList(keys);
    }
}
