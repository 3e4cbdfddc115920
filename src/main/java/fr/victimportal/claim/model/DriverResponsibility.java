package fr.victimportal.claim.model;

/** For a victim who was driving: what they believe of their share in the accident (loi 1985 art. 4). */
public enum DriverResponsibility {
    NOT_RESPONSIBLE,
    PARTLY,
    RESPONSIBLE,
    UNKNOWN
}
