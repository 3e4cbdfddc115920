package fr.victimportal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A topic of optional mail a user turned off. */
@Entity
@Table(name = "mail_opt_out")
public class MailOptOut {

    @EmbeddedId
    private Key key;

    @Column(name = "opted_out_at", nullable = false)
    private Instant optedOutAt;

    protected MailOptOut() {}

    public MailOptOut(long userId, String topic, Instant now) {
        this.key = new Key(userId, topic);
        this.optedOutAt = now;
    }

    public String getTopic() {
        return key.topic;
    }

    public Instant getOptedOutAt() {
        return optedOutAt;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "user_id", nullable = false)
        private Long userId;

        @Column(nullable = false, length = 40)
        private String topic;

        protected Key() {}

        public Key(long userId, String topic) {
            this.userId = userId;
            this.topic = topic;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.userId.equals(userId) && k.topic.equals(topic);
        }

        @Override
        public int hashCode() {
            return userId.hashCode() * 31 + topic.hashCode();
        }
    }
}
