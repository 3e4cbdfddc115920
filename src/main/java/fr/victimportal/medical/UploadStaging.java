package fr.victimportal.medical;

import fr.victimportal.shared.OwnerOnly;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Where a file waits between its arrival and the victim's "save": a folder of the portal's own under the data
 * directory ({@code portal.medical.temp-dir}, owner-only), emptied at start so nothing survives a crash, one file per
 * upload named by a random id (never by the user's file name), no folder per upload. Before a byte is written the
 * name, the claim's remaining count and size, and the session's own cap are checked; while the bytes arrive they are
 * counted and the transfer stops at the first limit passed.
 */
@Component
public class UploadStaging {

    private static final Logger log = LoggerFactory.getLogger(UploadStaging.class);

    private final Path dir;
    private final MedicalDocuments documents;
    private final int sessionMaxFiles;
    private final long sessionMaxBytes;

    @Autowired
    UploadStaging(PortalProperties properties, MedicalDocuments documents) {
        this(
                properties.medical().tempDir(),
                documents,
                properties.medical().sessionMaxFiles(),
                properties.medical().sessionMaxSize());
    }

    UploadStaging(Path dir, MedicalDocuments documents, int sessionMaxFiles, DataSize sessionMaxSize) {
        this.dir = OwnerOnly.directories(dir);
        this.documents = documents;
        this.sessionMaxFiles = sessionMaxFiles;
        this.sessionMaxBytes = sessionMaxSize.toBytes();
        sweep();
    }

    /** The folder (for the tests and the logs). */
    public Path dir() {
        return dir;
    }

    /** A file received and held for the session, or the reason it was not (a translation key and its arguments). */
    public record Reception(String name, Path file, String refusalKey, Object[] refusalArguments) {

        public boolean received() {
            return file != null;
        }
    }

    /**
     * Receives one file for the claim {@code reference} into the temporary folder, on behalf of the session whose
     * unsaved files are {@code session}. Never throws for what the user sent: a refusal says why, by name.
     */
    public Reception receive(String reference, StagedFiles session, String originalName, InputStream in) {
        String name;
        try {
            name = UploadChecks.cleanName(originalName);
        } catch (UserInputException refused) {
            return refusal(originalName == null ? "" : originalName, refused);
        }
        MedicalDocuments.ClaimRoom room = documents.room(reference);
        long claimBytesLeft = room.bytesLeft() - session.bytes(reference);
        if (room.filesLeft() - session.count(reference) <= 0) {
            return refused(name, "medical.upload.error.claimFull", room.maxFiles());
        }
        if (claimBytesLeft <= 0) {
            return refused(
                    name,
                    "medical.upload.error.claimTotal",
                    DataSize.ofBytes(room.maxBytes()).toMegabytes());
        }
        if (!session.reserve(sessionMaxFiles)) {
            return refused(name, "medical.upload.error.sessionCount", sessionMaxFiles);
        }
        long sessionBytesLeft = sessionMaxBytes - session.bytes();
        if (sessionBytesLeft <= 0) {
            session.cancel();
            return refused(
                    name,
                    "medical.upload.error.sessionSize",
                    DataSize.ofBytes(sessionMaxBytes).toMegabytes());
        }
        long fileMax = documents.maxFileSize();
        long limit = Math.min(fileMax, Math.min(claimBytesLeft, sessionBytesLeft));
        Path file = null;
        try {
            file = Files.createTempFile(dir, "upload-", ".tmp");
            OwnerOnly.restrict(file);
            long size = copy(in, file, limit);
            if (size > limit) {
                session.cancel();
                delete(file);
                if (limit == fileMax) {
                    return refused(
                            name,
                            "medical.upload.error.tooLarge",
                            DataSize.ofBytes(fileMax).toMegabytes());
                } else if (limit == claimBytesLeft) {
                    return refused(
                            name,
                            "medical.upload.error.claimTotal",
                            DataSize.ofBytes(room.maxBytes()).toMegabytes());
                }
                return refused(
                        name,
                        "medical.upload.error.sessionSize",
                        DataSize.ofBytes(sessionMaxBytes).toMegabytes());
            }
            session.hold(file, reference, size);
            return new Reception(name, file, null, null);
        } catch (IOException | UncheckedIOException broken) {
            session.cancel();
            if (file != null) {
                delete(file);
            }
            log.warn("An upload to claim {} was interrupted: {}", reference, broken.toString());
            return refused(name, "medical.upload.error.transfer");
        }
    }

    /** Deletes whatever an earlier run left (files of a crashed run, folders of older versions). */
    final void sweep() {
        try (Stream<Path> leftovers = Files.walk(dir)) {
            long[] deleted = {0};
            leftovers
                    .filter(p -> !p.equals(dir))
                    .sorted(Comparator.reverseOrder())
                    .forEach(p -> {
                        delete(p);
                        deleted[0]++;
                    });
            if (deleted[0] > 0) {
                log.info("Deleted {} unsaved upload file(s) left in {} by an earlier run", deleted[0], dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sweep " + dir, e);
        }
    }

    /** Copies at most {@code limit + 1} bytes: the count says whether the file was over the limit. */
    private static long copy(InputStream in, Path file, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in;
                OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
                if (total > limit) {
                    break;
                }
            }
        }
        return total;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException stillThere) {
            path.toFile().deleteOnExit();
        }
    }

    private static Reception refused(String name, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = UploadChecks.shown(name);
        System.arraycopy(more, 0, args, 1, more.length);
        return new Reception(name, null, key, args);
    }

    private static Reception refusal(String name, UserInputException refused) {
        return new Reception(name, null, refused.messageKey(), refused.arguments());
    }
}
