package fr.victimportal.shared;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code portal.medical.*}: the limits the server enforces on medical documents whatever the browser said, the key of
 * the files at rest, and where received files wait until they are saved.
 *
 * @param maxFileSize      largest accepted file
 * @param maxFilesPerClaim files one claim may hold
 * @param maxTotalPerClaim total size of one claim's files
 * @param maxImageSide     largest width or height of an accepted PNG/JPEG, read from its header without decoding
 * @param maxImagePixels   largest pixel count of an accepted PNG/JPEG, read from its header without decoding
 * @param encryptionKey    AES-256 key (base64 of 32 bytes) for the medical files at rest; set it from a secret store in
 *                         a real deployment (PORTAL_MEDICAL_KEY); unset, a key is generated into key-file
 *                         with a warning
 * @param keyFile          where a key is generated (with a warning at start-up) when none is configured; losing it
 *                         loses every stored file
 * @param tempDir          files received but not saved yet: owner-only, random names, emptied at every start; on an
 *                         encrypted or memory-backed volume in production
 * @param sessionMaxFiles  unsaved files one session may hold
 * @param sessionMaxSize   total size of the unsaved files one session may hold
 */
public record PortalMedicalProperties(
        @DefaultValue("20MB") @NotNull DataSize maxFileSize,
        @DefaultValue("200") @Positive int maxFilesPerClaim,
        @DefaultValue("1GB") @NotNull DataSize maxTotalPerClaim,
        @DefaultValue("20000") @Positive int maxImageSide,
        @DefaultValue("100000000") @Positive long maxImagePixels,
        String encryptionKey,
        @DefaultValue("./data/medical-file.key") @NotNull Path keyFile,
        @DefaultValue("./data/upload-tmp") @NotNull Path tempDir,
        @DefaultValue("30") @Positive int sessionMaxFiles,
        @DefaultValue("200MB") @NotNull DataSize sessionMaxSize) {}
