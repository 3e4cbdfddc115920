package fr.victimportal.aggravation.events;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The victim declared aggravation number {@code number} of the claim on {@code declaredOn} (L211-19), worse since
 * {@code worseSince}. With no settlement recorded on the portal, {@code initialJudgmentOn} is the day of the final
 * judgment that settled the initial damage, as the victim stated it.
 */
public record AggravationDeclared(
        String reference,
        long aggravationId,
        int number,
        LocalDate worseSince,
        LocalDate declaredOn,
        @Nullable LocalDate initialJudgmentOn) {}
