package fr.victimportal.medical;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Real files of each kind, made in the test: a one-page PDF (PDFBox), a PNG and a JPEG (ImageIO), and bad ones. */
public final class TestFiles {

    private TestFiles() {}

    public static Path pdf() {
        return write(".pdf", file -> {
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                doc.save(file.toFile());
            }
        });
    }

    public static Path encryptedPdf() {
        return write(".pdf", file -> {
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
                doc.save(file.toFile());
            }
        });
    }

    public static Path brokenPdf() {
        return write(
                ".pdf",
                file -> Files.writeString(
                        file, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage", StandardCharsets.US_ASCII));
    }

    public static Path png() {
        return image("png");
    }

    public static Path jpeg() {
        return image("jpg");
    }

    /** A zip archive, whatever name it is given. */
    public static Path zip() {
        return write(".pdf", file -> {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("payload.txt"));
                zip.write("not a medical document".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        });
    }

    /** The start of a Windows executable (MZ header and PE signature), renamed as a photo. */
    public static Path executable() {
        return write(".jpg", file -> {
            byte[] exe = new byte[512];
            exe[0] = 'M';
            exe[1] = 'Z';
            exe[0x3c] = (byte) 0x80;
            exe[0x80] = 'P';
            exe[0x81] = 'E';
            byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(stub, 0, exe, 0x4e, stub.length);
            Files.write(file, exe);
        });
    }

    public static Path empty() {
        return write(".pdf", file -> Files.write(file, new byte[0]));
    }

    /** A real PNG header followed by padding, {@code size} bytes in all. */
    public static Path pngOfSize(long size) {
        Path small = png();
        return write(".png", file -> {
            byte[] head = Files.readAllBytes(small);
            try (var out = Files.newOutputStream(file)) {
                out.write(head);
                byte[] zeros = new byte[64 * 1024];
                for (long left = size - head.length; left > 0; left -= zeros.length) {
                    out.write(zeros, 0, (int) Math.min(zeros.length, left));
                }
            }
        });
    }

    private static Path image(String format) {
        return write("." + format, file -> {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 3, Color.RED.getRGB());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IOException("No ImageIO writer for " + format);
            }
        });
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static Path write(String suffix, Writer writer) {
        try {
            Path file = Files.createTempFile("vp-test-", suffix);
            file.toFile().deleteOnExit();
            writer.write(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
