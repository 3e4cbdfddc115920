package fr.victimportal.deadline;

/** The two legal interest rates: the victim and heirs are natural persons not acting for professional purposes. */
public enum CreditorType {
    NATURAL_PERSON,
    OTHER
}
