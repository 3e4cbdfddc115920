package fr.victimportal;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** The real SMTP server the mail tests talk to: GreenMail on the loopback port the test profile points at. */
public final class TestSmtp {

    /** 3025 unless the build sets {@code vp.test.smtp.port} (the test profile reads the same property). */
    public static final int PORT = Integer.getInteger("vp.test.smtp.port", 3025);

    private TestSmtp() {}

    /** A fresh server for one test class; register it with {@code @RegisterExtension}. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
