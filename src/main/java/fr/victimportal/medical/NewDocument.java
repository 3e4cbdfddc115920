package fr.victimportal.medical;

import java.nio.file.Path;
import java.time.LocalDate;

/** One file the victim uploads, with what they said about it; {@code file} is the upload's temporary file. */
public record NewDocument(
        String originalName, Path file, DocumentClass documentClass, DocumentType type, LocalDate date, String title) {}
