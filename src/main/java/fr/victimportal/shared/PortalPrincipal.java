package fr.victimportal.shared;

/**
 * What the shell needs to know about the signed-in person, without depending on the account module: the account
 * module's user details implement it.
 */
public interface PortalPrincipal {

    /** The name shown in the layout. */
    String displayName();

    /** The role's name (VICTIM, HELPER, AGENT, DOCTOR, EXPERT), used to pick the translated role label. */
    String roleName();
}
