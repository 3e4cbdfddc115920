package fr.victimportal.offer;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.family.FamilyTestSupport;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Issue 24 for the offer tests: a claim (accident 5 Oct 2026, MedicalFixtures) whose victim died on 10 Dec 2026, with
 * two heirs the agent added: Léa Martin, adult, and Noé Martin, a minor for whom Paul Martin acts; or a living victim
 * with one relative they invited.
 */
@Component
public class RelativeOfferFamily {

    public static final LocalDate DIED = LocalDate.of(2026, 12, 10);

    private final MedicalFixtures medical;
    private final FamilyTestSupport family;
    private final ClaimFixtures fixtures;
    private final ClaimRelatives relatives;
    private final MailDelivery delivery;

    RelativeOfferFamily(
            MedicalFixtures medical,
            FamilyTestSupport family,
            ClaimFixtures fixtures,
            ClaimRelatives relatives,
            MailDelivery delivery) {
        this.medical = medical;
        this.family = family;
        this.fixtures = fixtures;
        this.relatives = relatives;
        this.delivery = delivery;
    }

    /** A deceased victim's claim and its two heirs. */
    public record Heirs(MedicalFixtures.Cast cast, String lea, long leaId, String noeRepresentative, long noeId) {
        public String reference() {
            return cast.reference();
        }

        public String agent() {
            return cast.agent();
        }
    }

    /** A living victim's claim and the relative they invited. */
    public record Living(MedicalFixtures.Cast cast, String relative, long relativeId) {
        public String reference() {
            return cast.reference();
        }
    }

    public Heirs heirs(GreenMailExtension smtp) {
        var cast = medical.claimWithParticipants();
        String lea = family.join(smtp, cast.reference(), cast.agent(), "Léa Martin", KinLink.CHILD);
        String noe = joinMinor(smtp, cast.reference(), cast.agent(), "Noé Martin", "Paul Martin");
        family.recordDeath(cast.agent(), cast.reference(), DIED);
        return new Heirs(
                cast,
                lea,
                id(cast.agent(), cast.reference(), "Léa Martin"),
                noe,
                id(cast.agent(), cast.reference(), "Noé Martin"));
    }

    public Living living(GreenMailExtension smtp) {
        var cast = medical.claimWithParticipants();
        String relative = family.join(smtp, cast.reference(), cast.victim(), "Hugo Martin", KinLink.SIBLING);
        return new Living(cast, relative, id(cast.victim(), cast.reference(), "Hugo Martin"));
    }

    /** The agent invites a minor heir for whom {@code representative} acts; the representative accepts the link. */
    private String joinMinor(
            GreenMailExtension smtp, String reference, String agent, String name, String representative) {
        String email = "representant-" + System.nanoTime() + "@example.org";
        fixtures.as(agent, () -> {
            relatives.invite(
                    reference,
                    new ClaimRelatives.NewClaimant(name, email, KinLink.CHILD, true, representative),
                    Locale.FRENCH);
            return null;
        });
        MailTesting.deliverAll(delivery);
        String token = ReceivedMail.last(smtp, email).linkToken("/proche/");
        relatives.accept(token, representative, ClaimFixtures.PASSWORD);
        return email;
    }

    private long id(String who, String reference, String name) {
        return fixtures.as(who, () -> relatives.list(reference)).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A complete offer letter (every R211-40 element) with these heads. */
    public static OfferInput letter(LocalDate receivedOn, List<HeadLine> heads) {
        return OfferFixtures.complete(receivedOn, heads);
    }

    /** Funeral costs and affection harm: what an heir's letter typically holds. */
    public static List<HeadLine> heirHeads() {
        return List.of(HeadLine.of(DintilhacHead.FO, "4200.00"), HeadLine.of(DintilhacHead.PAF, "25000.00"));
    }
}
