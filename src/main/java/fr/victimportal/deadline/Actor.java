package fr.victimportal.deadline;

/** Who must act before the deadline. The UI translates {@code deadline.actor.<NAME>}. */
public enum Actor {
    VICTIM,
    INSURER,
    EXAMINING_DOCTOR;

    public String messageKey() {
        return "deadline.actor." + name();
    }
}
