package fr.victimportal.medical;

import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.UserInputException;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The server's own checks on an uploaded file, whatever the browser said: its name, its size, the claim's count and
 * total, its real type read from its bytes (Tika's magic numbers, never the name or the browser's content type), and
 * for a PDF that it opens without a password. Each refusal names the file and the reason (a translation key).
 */
@Component
class UploadChecks {

    static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    static final int MAX_NAME_LENGTH = 255;

    private final Tika tika = new Tika();
    private final long maxFileSize;
    private final int maxFilesPerClaim;
    private final long maxTotalPerClaim;
    private final int maxImageSide;
    private final long maxImagePixels;

    UploadChecks(DataSize maxFileSize, int maxFilesPerClaim, DataSize maxTotalPerClaim) {
        this(maxFileSize, maxFilesPerClaim, maxTotalPerClaim, 20_000, 100_000_000L);
    }

    @Autowired
    UploadChecks(PortalProperties properties) {
        this(
                properties.medical().maxFileSize(),
                properties.medical().maxFilesPerClaim(),
                properties.medical().maxTotalPerClaim(),
                properties.medical().maxImageSide(),
                properties.medical().maxImagePixels());
    }

    UploadChecks(
            DataSize maxFileSize,
            int maxFilesPerClaim,
            DataSize maxTotalPerClaim,
            int maxImageSide,
            long maxImagePixels) {
        this.maxFileSize = maxFileSize.toBytes();
        this.maxFilesPerClaim = maxFilesPerClaim;
        this.maxTotalPerClaim = maxTotalPerClaim.toBytes();
        this.maxImageSide = maxImageSide;
        this.maxImagePixels = maxImagePixels;
    }

    long maxFileSize() {
        return maxFileSize;
    }

    int maxFilesPerClaim() {
        return maxFilesPerClaim;
    }

    long maxTotalPerClaim() {
        return maxTotalPerClaim;
    }

    /** The name as it will be kept (NFC), or a refusal: no path separators, no control characters, 255 at most. */
    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            throw refused("", "medical.upload.error.name");
        }
        String nfc = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        boolean bad = nfc.chars()
                        .anyMatch(c -> c == '/'
                                || c == '\\'
                                || Character.isISOControl(c)
                                || Character.getType(c) == Character.FORMAT
                                || c == '\u2028'
                                || c == '\u2029')
                || nfc.equals(".")
                || nfc.equals("..");
        if (bad) {
            throw refused(shown(nfc), "medical.upload.error.name");
        }
        if (nfc.length() > MAX_NAME_LENGTH) {
            throw refused(shown(nfc), "medical.upload.error.nameTooLong", MAX_NAME_LENGTH);
        }
        return nfc;
    }

    /**
     * Checks one file against the limits, given what the claim already holds (including earlier files of the same
     * upload); returns the media type read from its bytes.
     */
    String check(String name, Path file, long filesAlready, long bytesAlready) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw refused(name, "medical.upload.error.empty");
            }
            if (size > maxFileSize) {
                throw refused(
                        name,
                        "medical.upload.error.tooLarge",
                        DataSize.ofBytes(maxFileSize).toMegabytes());
            }
            if (filesAlready + 1 > maxFilesPerClaim) {
                throw refused(name, "medical.upload.error.count", maxFilesPerClaim);
            }
            if (bytesAlready + size > maxTotalPerClaim) {
                throw refused(
                        name,
                        "medical.upload.error.total",
                        DataSize.ofBytes(maxTotalPerClaim).toMegabytes());
            }
            String type;
            try (InputStream in = TikaInputStream.get(file)) {
                type = tika.getDetector()
                        .detect(in, new Metadata())
                        .getBaseType()
                        .toString();
            }
            if (!ALLOWED_TYPES.contains(type)) {
                throw refused(name, "medical.upload.error.type");
            }
            if (type.equals("application/pdf")) {
                checkPdf(name, file);
            } else {
                checkImageSize(name, file);
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDFBox reads the file from disk (not into the heap at once); a password or a broken structure is refused. */
    private static void checkPdf(String name, Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted()) {
                throw refused(name, "medical.upload.error.encrypted");
            }
            if (pdf.getNumberOfPages() == 0) {
                throw refused(name, "medical.upload.error.broken");
            }
        } catch (InvalidPasswordException locked) {
            throw refused(name, "medical.upload.error.encrypted");
        } catch (IOException broken) {
            throw refused(name, "medical.upload.error.broken");
        }
    }

    /**
     * The width and height a PNG or JPEG declares in its header, read without decoding a pixel: an image too large to
     * open safely (a decompression bomb, or a photo no one can read on screen) is refused, and so is a header no
     * reader understands.
     */
    private void checkImageSize(String name, Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused(name, "medical.upload.error.image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw refused(name, "medical.upload.error.image");
                }
                if (width > maxImageSide || height > maxImageSide || width * height > maxImagePixels) {
                    throw refused(
                            name,
                            "medical.upload.error.dimensions",
                            width,
                            height,
                            maxImageSide,
                            maxImagePixels / 1_000_000);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof UserInputException refusal) {
                throw refusal;
            }
            throw refused(name, "medical.upload.error.image");
        }
    }

    /** A name that is safe to show back: control characters replaced, cut to a readable length. */
    /**
     * What the person said about a file: a type and class, a one-line title (at most 160 characters) and a document
     * date neither in the future nor before 1900. Returns the title, stripped.
     */
    static String metadata(String name, NewDocument d, java.time.LocalDate today) {
        if (d.documentClass() == null || d.type() == null) {
            throw new UserInputException("class", "medical.upload.error.class", shown(name));
        }
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty() || title.length() > 160) {
            throw new UserInputException("title", "medical.upload.error.title", shown(name));
        }
        if (!fr.victimportal.shared.SingleLine.isSingleLine(title)) {
            throw new UserInputException("title", "medical.upload.error.titleLine", shown(name));
        }
        if (d.date() == null || d.date().isAfter(today) || d.date().getYear() < 1900) {
            throw new UserInputException("date", "medical.upload.error.date", shown(name));
        }
        return title;
    }

    static String shown(String name) {
        String safe = name.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return safe.codePointCount(0, safe.length()) > 80
                ? safe.substring(0, safe.offsetByCodePoints(0, 77)) + "…"
                : safe;
    }

    private static UserInputException refused(String name, String key, Object... more) {
        Metrics.counter(
                        "portal.medical.uploads.refused", // reason: the key's last part
                        "reason",
                        key.substring(key.lastIndexOf('.') + 1))
                .increment();
        Object[] args = new Object[more.length + 1];
        args[0] = shown(name);
        System.arraycopy(more, 0, args, 1, more.length);
        return new UserInputException("file", key, args);
    }
}
