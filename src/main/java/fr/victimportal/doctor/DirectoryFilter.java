package fr.victimportal.doctor;

/** A search of the directory; every criterion is optional. */
public record DirectoryFilter(String department, Specialty specialty, String language, String text) {

    public static final DirectoryFilter ALL = new DirectoryFilter(null, null, null, null);
}
