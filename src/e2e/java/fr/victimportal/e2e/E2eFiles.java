package fr.victimportal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files a journey uploads, made as the upload checks want them. */
final class E2eFiles {

    private E2eFiles() {}

    /** A valid one-page PDF named {@code name} in a fresh folder (PDFBox, already a dependency of the portal). */
    static Path onePagePdf(String name) throws Exception {
        Path file = Files.createTempDirectory("vp-e2e-").resolve(name);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        return file;
    }
}
