package fr.victimportal.notification;

import java.util.List;

/** Declared by each module that sends optional mail: the topics its users may turn off. */
public interface MailTopicCatalog {

    List<MailTopic> topics();
}
