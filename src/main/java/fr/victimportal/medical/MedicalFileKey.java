package fr.victimportal.medical;

import fr.victimportal.shared.OwnerOnly;
import fr.victimportal.shared.PortalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The 256-bit key the medical files are encrypted with: {@code portal.medical.encryption-key} (base64) when the
 * deployment gives one; otherwise a key generated once into {@code portal.medical.key-file}, with a warning, so the
 * embedded default works out of the box. Losing that file loses every stored document.
 */
@Component
class MedicalFileKey {

    private static final Logger log = LoggerFactory.getLogger(MedicalFileKey.class);

    private final byte[] key;

    @Autowired
    MedicalFileKey(PortalProperties properties) {
        this(properties.medical().encryptionKey(), properties.medical().keyFile());
    }

    MedicalFileKey(String configured, Path keyFile) {
        this.key = configured == null || configured.isBlank()
                ? fromFile(keyFile)
                : decode(configured.trim(), "portal.medical.encryption-key");
    }

    byte[] bytes() {
        return key.clone();
    }

    private static byte[] fromFile(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return decode(
                        Files.readString(keyFile, StandardCharsets.US_ASCII).trim(), keyFile.toString());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            OwnerOnly.directories(keyFile.toAbsolutePath().getParent());
            if (OwnerOnly.posix(keyFile.getFileSystem())) {
                // owner-only from its creation, never readable by others even for a moment
                Files.createFile(
                        keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            OwnerOnly.restrict(keyFile);
            log.warn(
                    "No portal.medical.encryption-key configured: generated a key for the medical files into {}. "
                            + "Back it up and keep it apart from the database; a real deployment sets PORTAL_MEDICAL_KEY "
                            + "from its secret store.",
                    keyFile.toAbsolutePath());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the medical file key " + keyFile, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes in base64 (AES-256), found " + bytes.length);
        }
        return bytes;
    }
}
