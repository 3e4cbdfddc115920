package fr.victimportal.claim.model;

/** The victim's place in the accident: it decides which rule of the loi Badinter applies (art. 3 or art. 4). */
public enum VictimRole {
    DRIVER,
    PASSENGER,
    PEDESTRIAN,
    CYCLIST,
    OTHER_NON_DRIVER;

    /** Non-drivers are compensated in full save their inexcusable fault as sole cause (loi 1985 art. 3). */
    public boolean isNonDriver() {
        return this != DRIVER;
    }
}
