package fr.victimportal.notification;

import java.util.Locale;

/** Where and in which language a person gets their mail. */
public record MailRecipient(long userId, String address, String displayName, Locale language) {}
