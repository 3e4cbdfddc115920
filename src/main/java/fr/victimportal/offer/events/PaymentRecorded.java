package fr.victimportal.offer.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The insurer's agent recorded a payment of the settlement of offer {@code offerId} (L211-17). */
public record PaymentRecorded(String reference, long offerId, LocalDate paidOn, BigDecimal amount) {}
