package fr.victimportal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files only the account running the portal may read: health data, the database and the key that decrypts the
 * medical files. Folders the portal creates get {@code rwx------}, its files {@code rw-------}. On a file system
 * without POSIX permissions (Windows) nothing is changed and a debug line says so.
 */
public final class OwnerOnly {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {}

    /** Creates {@code dir} and any missing parent, each new folder readable by the owner only. */
    public static Path directories(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        if (absolute.getParent() != null) {
            directories(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute);
        } catch (FileAlreadyExistsException raced) {
            return absolute;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + absolute, e);
        }
        restrict(absolute);
        return absolute;
    }

    /** {@code rwx------} on a folder, {@code rw-------} on a file; false if the file system has no POSIX rights. */
    public static boolean restrict(Path path) {
        if (!posix(path.getFileSystem())) {
            log.debug("Cannot restrict permissions of {} on this file system", path);
            return false;
        }
        try {
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
            return true;
        } catch (UnsupportedOperationException notPosix) {
            log.debug("Cannot restrict permissions of {} on this file system", path);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict permissions of " + path, e);
        }
    }

    public static boolean posix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }
}
