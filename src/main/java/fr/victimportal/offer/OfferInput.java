package fr.victimportal.offer;

import java.time.LocalDate;
import java.util.List;

/**
 * The insurer's offer letter as recorded by an agent or copied by the victim (or their helper).
 *
 * @param withdrawalRightConspicuous    the letter prints the L211-16 15-day withdrawal right in very conspicuous type
 * @param payerStatementsAttached       copies of the third-party payers' statements are enclosed (R211-40)
 * @param judicialAuthorisationStated   the letter says a judge's authorisation is needed (L211-15)
 * @param victimUnderProtection         the victim is an adult under guardianship or curatorship (minors are known
 *                                      from the birth date)
 */
public record OfferInput(
        LocalDate receivedOn,
        OfferKind kind,
        String insurerName,
        String insurerAddress,
        String insurerReference,
        boolean withdrawalRightConspicuous,
        boolean payerStatementsAttached,
        PropertyDamage propertyDamage,
        boolean judicialAuthorisationStated,
        boolean victimUnderProtection,
        List<HeadLine> heads) {}
