package fr.victimportal.notification;

import com.icegreen.greenmail.util.GreenMailProxy;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mail as GreenMail received it over SMTP, decoded, with LF line ends: what a mail client would show. */
public record ReceivedMail(String to, String subject, String text, String html, MimeMessage raw) {

    /** Every mail the server received for this address, in arrival order. */
    public static List<ReceivedMail> to(GreenMailProxy smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .map(ReceivedMail::of)
                .toList();
    }

    /** The last mail the server received for this address; there must be one. */
    public static ReceivedMail last(GreenMailProxy smtp, String address) {
        List<ReceivedMail> mails = to(smtp, address);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        return mails.get(mails.size() - 1);
    }

    /**
     * The 43-character token of the first link in the text that starts with {@code linkStart} (e.g.
     * {@code "/mandat/"}), as the portal's one-time links carry; there must be one.
     */
    public String linkToken(String linkStart) {
        Matcher m = Pattern.compile(Pattern.quote(linkStart) + "([A-Za-z0-9_-]{43})")
                .matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link " + linkStart + "… in the mail to " + to + ": " + text);
        }
        return m.group(1);
    }

    public String header(String name) {
        try {
            return raw.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReceivedMail of(MimeMessage message) {
        try {
            String[] parts = new String[2];
            collect(message, parts);
            return new ReceivedMail(
                    message.getAllRecipients()[0].toString(), message.getSubject(), parts[0], parts[1], message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, parts);
            }
        }
    }
}
