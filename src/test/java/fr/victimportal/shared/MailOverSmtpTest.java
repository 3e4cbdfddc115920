package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** The application's mail sender talks real SMTP to a real (GreenMail) server on the loopback. */
class MailOverSmtpTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private JavaMailSender mailSender;

    @Test
    void aMailSentThroughJavaMailSenderArrivesOverSmtpWithItsFrenchText() throws Exception {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("ne-pas-repondre@victim-portal.fr");
        message.setTo("camille.martin@example.org");
        message.setSubject("Votre délai de rétractation se termine le 9 décembre");
        message.setText("Vous pouvez encore dénoncer la transaction (C. assur. art. L211-16).");
        mailSender.send(message);

        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("camille.martin@example.org");
        assertThat(received.getSubject()).isEqualTo("Votre délai de rétractation se termine le 9 décembre");
        assertThat(GreenMailUtil.getBody(received)).contains("L211-16");
    }
}
