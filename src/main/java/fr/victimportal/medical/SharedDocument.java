package fr.victimportal.medical;

/** A document shared with the current user (doctor, expert or caseworker), with its claim and victim. */
public record SharedDocument(String reference, String victimName, DocumentSummary document) {}
