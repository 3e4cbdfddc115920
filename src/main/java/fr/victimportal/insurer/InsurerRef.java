package fr.victimportal.insurer;

/**
 * An insurer as the screens show it: its name, its identifier (SIREN, ACPR or ORIAS, or the operator's code), its
 * kind, whether the name is made up for the demonstration, and whether it is still offered for a new claim.
 */
public record InsurerRef(
        long id, String identifier, String name, InsurerKind kind, boolean fictitious, boolean retired) {

    /** The name as a list shows it, with the demonstration mark when the name is made up. */
    public String label(String fictitiousMark) {
        return fictitious ? name + " (" + fictitiousMark + ")" : name;
    }
}
