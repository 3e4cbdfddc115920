package fr.victimportal.offer;

public enum OfferStatus {
    RECORDED,
    ACCEPTED,
    REFUSED,
    WITHDRAWN
}
