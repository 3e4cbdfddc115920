package fr.victimportal.medical;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Where the encrypted bytes live, under a generated id. The database implementation keeps them in a table; an
 * object-store implementation (S3-compatible, in an HDS-certified region) would put the object under the same id
 * and keep the MAC as object metadata (README "Medical files").
 */
public interface BlobStore {

    /**
     * Streams {@code content} ({@code length} bytes) under {@code id}; {@code mac} is asked once the content has been
     * read to the end, so the caller can compute it while the bytes flow.
     */
    void put(String id, InputStream content, long length, Supplier<String> mac);

    /** Removes the bytes stored under {@code id}, if any (a document that goes before anyone received it). */
    void delete(String id);

    /** Hands the stored bytes and their MAC to {@code reader} while the underlying resource is open. */
    <T> T read(String id, BlobReader<T> reader);

    @FunctionalInterface
    interface BlobReader<T> {
        T read(InputStream content, String mac) throws IOException;
    }
}
