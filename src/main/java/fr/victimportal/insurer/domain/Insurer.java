package fr.victimportal.insurer.domain;

import fr.victimportal.insurer.InsurerKind;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An insurer organisation (or the guarantee fund) that handles claims. */
@Entity
@Table(name = "insurer")
public class Insurer extends AbstractEntity {

    /** The identifier of the fund, created by the migration. */
    public static final String FGAO = "FGAO";

    @Column(nullable = false, length = 40)
    private String identifier;

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private InsurerKind kind;

    @Column(length = 254)
    private @Nullable String mailbox;

    @Column(nullable = false)
    private boolean fictitious;

    @Column(length = 80)
    private @Nullable String source;

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Insurer() {}

    public Insurer(String identifier, String name, InsurerKind kind, Instant now) {
        this.identifier = identifier;
        this.name = name;
        this.kind = kind;
        this.createdAt = now;
    }

    /** Writes what a data file says of the insurer, and offers it again if it had been retired. */
    public void update(String name, @Nullable String mailbox, boolean fictitious, String source) {
        this.name = name;
        this.mailbox = mailbox;
        this.fictitious = fictitious;
        this.source = source;
        this.retiredAt = null;
    }

    /** No longer offered for a new claim; its claims stay with it. */
    public void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    public InsurerRef ref() {
        return new InsurerRef(getId(), identifier, name, kind, fictitious, retiredAt != null);
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getName() {
        return name;
    }

    public InsurerKind getKind() {
        return kind;
    }

    public @Nullable String getMailbox() {
        return mailbox;
    }

    public @Nullable String getSource() {
        return source;
    }

    public @Nullable Instant getRetiredAt() {
        return retiredAt;
    }
}
