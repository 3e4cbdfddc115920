package fr.victimportal.offer;

/** L211-9 al. 2: the offer covers property damage not already settled. */
public enum PropertyDamage {
    /** The accident damaged no property of the victim. */
    NONE,
    /** Settled before the offer. */
    ALREADY_SETTLED,
    /** Evaluated in this offer. */
    INCLUDED,
    /** There is property damage and the offer says nothing of it. */
    NOT_MENTIONED
}
