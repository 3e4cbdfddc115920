package fr.victimportal.reminder;

/** The groups of reminders a person can turn off on their preferences page or from a reminder's unsubscribe link. */
public enum ReminderTopic {
    /** The insurer's questionnaire to answer (R211-31). */
    QUESTIONNAIRE,
    /** The insurer's offer deadlines (L211-9). */
    OFFER,
    /** The insurer's medical examination (R211-43). */
    EXAMINATION,
    /** The 15 days to withdraw from an accepted offer (L211-16) and the payment (L211-17). */
    SETTLEMENT,
    /** The ten-year limitation to go to court (C. civ. 2226). */
    LIMITATION;

    public String labelKey() {
        return "reminder.topic." + name();
    }
}
