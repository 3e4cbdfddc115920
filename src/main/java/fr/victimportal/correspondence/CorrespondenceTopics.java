package fr.victimportal.correspondence;

import fr.victimportal.notification.MailTopic;
import fr.victimportal.notification.MailTopicCatalog;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Declares the thread's optional mails to the notification module's preferences: the digest of new messages and
 * requests, and the reminders of an open request. A person who turns the topic off still sees everything on the
 * portal; only the mails stop.
 */
@Component
class CorrespondenceTopics implements MailTopicCatalog {

    /** The topic's code, stored with the preference and with each mail. */
    static final String CODE = "CORRESPONDENCE";

    @Override
    public List<MailTopic> topics() {
        return List.of(new MailTopic(CODE, "correspondence.topic." + CODE, 20));
    }
}
