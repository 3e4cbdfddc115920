package fr.victimportal.insurer;

import fr.victimportal.shared.ResourceNotFoundException;

/** No such agent or invitation at the administrator's insurer: unknown, or another insurer's (the same answer). */
public class AgentNotFoundException extends ResourceNotFoundException {

    public AgentNotFoundException(long id) {
        super("No agent or invitation " + id + " at this insurer");
    }
}
