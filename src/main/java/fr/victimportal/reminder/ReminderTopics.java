package fr.victimportal.reminder;

import fr.victimportal.notification.MailTopic;
import fr.victimportal.notification.MailTopicCatalog;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Declares the reminder topics to the notification module's preferences. */
@Component
class ReminderTopics implements MailTopicCatalog {

    @Override
    public List<MailTopic> topics() {
        return Arrays.stream(ReminderTopic.values())
                .map(t -> new MailTopic(t.name(), t.labelKey(), 10 + t.ordinal()))
                .toList();
    }
}
