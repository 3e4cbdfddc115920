package fr.victimportal.deadline;

/** Which public-holiday calendar decides the CPC 642 roll-forward. */
public enum CalendarRegion {
    /** The national list of Code du travail L3133-1. */
    METROPOLITAN,
    /** The national list plus Good Friday and 26 December (Bas-Rhin, Haut-Rhin, Moselle; C. trav. L3134-13). */
    ALSACE_MOSELLE;

    public String messageKey() {
        return "deadline.region." + name();
    }
}
