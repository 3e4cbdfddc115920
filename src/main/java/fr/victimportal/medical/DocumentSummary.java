package fr.victimportal.medical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A document as one viewer may see it in a list. For an insurer agent, a document under secrecy shows only that it
 * exists: its class, dates and whether it is shared; {@code title} and {@code type} are then null.
 * {@code sharedWith} (account ids) is filled for the owner only.
 */
public record DocumentSummary(
        long id,
        DocumentClass documentClass,
        DocumentType type,
        String title,
        LocalDate date,
        Instant uploadedAt,
        String mediaType,
        long size,
        boolean shared,
        boolean mayOpen,
        Set<Long> sharedWith) {}
