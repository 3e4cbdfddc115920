package fr.victimportal.deadline;

/**
 * French public holidays (Code du travail L3133-1), plus the two extra Alsace-Moselle days (local law, Code du travail
 * L3134-13). A stable code: the UI translates {@code deadline.holiday.<NAME>}.
 */
public enum Holiday {
    NEW_YEARS_DAY(false),
    GOOD_FRIDAY(true),
    EASTER_MONDAY(false),
    LABOUR_DAY(false),
    VICTORY_IN_EUROPE_DAY(false),
    ASCENSION_DAY(false),
    WHIT_MONDAY(false),
    BASTILLE_DAY(false),
    ASSUMPTION_DAY(false),
    ALL_SAINTS_DAY(false),
    ARMISTICE_DAY(false),
    CHRISTMAS_DAY(false),
    SAINT_STEPHENS_DAY(true);

    private final boolean alsaceMoselleOnly;

    Holiday(boolean alsaceMoselleOnly) {
        this.alsaceMoselleOnly = alsaceMoselleOnly;
    }

    /** True for Good Friday and 26 December, which are public holidays only in Bas-Rhin, Haut-Rhin and Moselle. */
    public boolean alsaceMoselleOnly() {
        return alsaceMoselleOnly;
    }

    public String messageKey() {
        return "deadline.holiday." + name();
    }
}
