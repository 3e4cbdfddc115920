package fr.victimportal.account;

import fr.victimportal.shared.PortalPrincipal;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds them. Carries no personal data beyond name, login and role. */
public final class PortalUser implements UserDetails, CredentialsContainer, PortalPrincipal {

    private final long id;
    private final String email;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private final @Nullable Long insurerId;

    public PortalUser(
            long id,
            String email,
            String passwordHash,
            String displayName,
            Role role,
            boolean enabled,
            boolean locked,
            @Nullable Long insurerId) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.locked = locked;
        this.insurerId = insurerId;
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    /** The insurer an agent or an insurer's administrator belongs to; null for everyone else. */
    public @Nullable Long insurerId() {
        return insurerId;
    }

    /** Whether the user is an agent of that insurer. */
    public boolean agentOf(@Nullable Long insurer) {
        return role == Role.AGENT && insurerId != null && insurerId.equals(insurer);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String roleName() {
        return role.name();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "PortalUser[" + id + ", " + role + "]";
    }
}
