package fr.victimportal.insurer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.insurer.domain.InsurerRepository;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The operator names an insurer's first administrator in the insurer list; the address gets a link, once. */
class FirstAdministratorTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final String PASSWORD = "Une phrase d’administratrice bien longue";

    @Autowired
    private InsurerFileLoader loader;

    @Autowired
    private InsurerRepository insurers;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private PortalUserDetailsService users;

    @Autowired
    private MailDelivery delivery;

    @TempDir
    Path dir;

    private final String identifier = "T-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void demoListBack() {
        loader.load("classpath:insurers/demo-insurers.csv");
    }

    private String list(String version, String administrator) throws IOException {
        Path file = dir.resolve("insurers-" + UUID.randomUUID() + ".csv");
        Files.writeString(
                file,
                "# version: " + version + "\nidentifier;name;kind;mailbox;fictitious;administrator\n" + identifier
                        + ";Assurances Première;INSURER;;true;" + administrator + "\n",
                StandardCharsets.UTF_8);
        return "file:" + file;
    }

    @Test
    void theNamedAddressGetsOneLinkAndBecomesTheInsurersAdministrator() throws Exception {
        String address = "premiere-admin-" + UUID.randomUUID() + "@example.org";
        loader.load(list("v1", address));
        loader.load(list("v2", address)); // loading the list again sends nothing more while the link is usable
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, address))
                .extracting(ReceivedMail::subject)
                .containsExactly("Administrer victim-portal pour Assurances Première");
        String token = ReceivedMail.last(SMTP, address).linkToken("/invitation-agent/");

        UI.getCurrent().navigate("invitation-agent/" + token);
        assertThat(page())
                .contains(
                        "Vous êtes invité à administrer le portail pour Assurances Première.",
                        "Vous ne verrez aucun dossier de victime.");
        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Nom et prénom")), "Nadia Première");
        HasValueUtilsKt._setValue(_get(PasswordField.class), PASSWORD);
        _click(_get(Button.class, b -> b.withText("Créer mon compte")));

        var admin = users.loadUserByUsername(address);
        assertThat(admin.role()).isEqualTo(Role.INSURER_ADMIN);
        assertThat(admin.insurerId())
                .isEqualTo(insurers.findByIdentifier(identifier).orElseThrow().getId());
        assertThat(admin.displayName()).isEqualTo("Nadia Première");

        // the insurer has its administrator now: another address in the list is not invited
        String second = "seconde-admin-" + UUID.randomUUID() + "@example.org";
        loader.load(list("v3", second));
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, second)).isEmpty();
    }

    @Test
    void anAddressThatHasAnAccountIsNeitherInvitedNorAttached() throws Exception {
        String victim = fixtures.newUser(Role.VICTIM, "Camille Victime");
        loader.load(list("v1", victim));
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, victim)).isEmpty();
        var account = users.loadUserByUsername(victim);
        assertThat(account.role()).isEqualTo(Role.VICTIM);
        assertThat(account.insurerId()).isNull();
    }

    @Test
    void aBadAdministratorAddressStopsTheLoadWithItsLine() throws Exception {
        String location = list("v1", "pas-une-adresse");
        assertThatThrownBy(() -> loader.load(location))
                .hasMessageContaining("line 3")
                .hasMessageContaining("administrator \"pas-une-adresse\" is not an email address");
        assertThat(insurers.findByIdentifier(identifier)).isEmpty();
    }
}
