package fr.victimportal.doctor;

/** What a doctor of the directory practises; a doctor assisting victims is usually trained in damage assessment. */
public enum Specialty {
    /** Réparation juridique du dommage corporel (DIU / capacité): the usual training of a médecin-conseil de victimes. */
    DAMAGE_ASSESSMENT,
    GENERAL_PRACTICE,
    ORTHOPAEDICS,
    NEUROLOGY,
    PSYCHIATRY,
    PHYSICAL_MEDICINE,
    ENT,
    OPHTHALMOLOGY;

    public String messageKey() {
        return "doctor.specialty." + name();
    }
}
