package fr.victimportal.aggravation;

/**
 * What got worse (docs/legal-notes.md): an aggravation is a functional or situational worsening (Cass. 2e civ. 15 Jun 2023
 * n° 21-14.197). Better equipment or care becoming available, with no worsening, is not one: the portal explains it
 * and records nothing.
 */
public enum AggravationNature {
    /** The health or the body's capacities got worse. */
    FUNCTIONAL,
    /** The situation got worse because of the injury (work, housing, family life). */
    SITUATIONAL,
    /** Both. */
    BOTH,
    /** Only better equipment or care is available now: not an aggravation. */
    EQUIPMENT_ONLY;

    public String messageKey() {
        return "aggr.nature." + name();
    }
}
