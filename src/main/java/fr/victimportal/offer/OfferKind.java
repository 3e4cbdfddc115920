package fr.victimportal.offer;

/** L211-9 al. 3 and R211-40: the offer must say whether it is provisional or definitive. */
public enum OfferKind {
    PROVISIONAL,
    DEFINITIVE,
    NOT_STATED
}
