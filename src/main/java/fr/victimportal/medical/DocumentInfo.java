package fr.victimportal.medical;

/** What a download needs before its bytes: the name to offer, the type and the length. */
public record DocumentInfo(String fileName, String mediaType, long size) {}
