package fr.victimportal.deadline;

/** Why CPC 642 moved a deadline: the kind of non-working day its nominal last day fell on. */
public enum ShiftReason {
    NONE,
    SATURDAY,
    SUNDAY,
    PUBLIC_HOLIDAY;

    public String messageKey() {
        return "deadline.shift." + name();
    }
}
