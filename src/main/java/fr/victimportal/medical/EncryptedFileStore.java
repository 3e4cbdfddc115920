package fr.victimportal.medical;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts medical files at rest and checks them on every read. AES-256-CTR then HMAC-SHA-256 over the storage id and
 * the stored bytes (encrypt-then-MAC), with both keys derived from {@link MedicalFileKey}. CTR streams both ways in a
 * few kilobytes of heap, which the JDK's AES-GCM does not when decrypting (it buffers the whole file before checking
 * its tag). A read first walks the whole stored file to check the MAC and the plaintext's SHA-256, and only then
 * decrypts it to the reader, so a tampered file never reaches anyone.
 */
@Component
class EncryptedFileStore {

    private static final byte FORMAT = 1;
    private static final int IV_LENGTH = 16;

    private final BlobStore blobs;
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec macKey;
    private final SecureRandom random = new SecureRandom();

    EncryptedFileStore(BlobStore blobs, MedicalFileKey key) {
        this.blobs = blobs;
        this.encryptionKey = new SecretKeySpec(derive(key.bytes(), "victim-portal medical file encryption v1"), "AES");
        this.macKey = new SecretKeySpec(derive(key.bytes(), "victim-portal medical file mac v1"), "HmacSHA256");
    }

    /** What was stored: the generated id, the plaintext's size and SHA-256 (kept in the document's row). */
    record Stored(String id, long size, String sha256) {}

    /** Encrypts the file as it streams into the blob store: never the whole file in memory. */
    Stored store(Path plaintext) {
        String id = UUID.randomUUID().toString();
        byte[] iv = new byte[IV_LENGTH];
        random.nextBytes(iv);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(plaintext), 64 * 1024)) {
            long size = Files.size(plaintext);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Mac mac = macFor(id);
            byte[] header = new byte[1 + IV_LENGTH];
            header[0] = FORMAT;
            System.arraycopy(iv, 0, header, 1, IV_LENGTH);
            InputStream body = new CipherInputStream(new DigestInputStream(file, sha), cipher(Cipher.ENCRYPT_MODE, iv));
            InputStream stored =
                    new MacInputStream(new SequenceInputStream(new ByteArrayInputStream(header), body), mac);
            blobs.put(id, stored, header.length + size, () -> HexFormat.of().formatHex(mac.doFinal()));
            return new Stored(id, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the MAC and the plaintext's SHA-256, and only then asks for the output (so nothing, not even a response
     * header, goes out for a damaged file) and decrypts the file into it.
     */
    long copyTo(String id, String expectedSha256, Supplier<OutputStream> out) {
        verify(id, expectedSha256);
        return blobs.read(id, (in, mac) -> {
            try (InputStream plain = decrypting(in)) {
                return plain.transferTo(out.get());
            }
        });
    }

    /** Walks the stored file once without keeping it: throws {@link StoredFileCorruptedException} if it changed. */
    void verify(String id, String expectedSha256) {
        boolean intact = blobs.read(id, (in, storedMac) -> {
            try {
                Mac mac = macFor(id);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream plain = new DigestInputStream(decrypting(new MacInputStream(in, mac)), sha)) {
                    plain.transferTo(OutputStream.nullOutputStream());
                }
                byte[] computed = HexFormat.of().formatHex(mac.doFinal()).getBytes(StandardCharsets.US_ASCII);
                return MessageDigest.isEqual(computed, storedMac.getBytes(StandardCharsets.US_ASCII))
                        && HexFormat.of().formatHex(sha.digest()).equals(expectedSha256);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } catch (IOException | IllegalArgumentException unreadable) {
                return false;
            }
        });
        if (!intact) {
            throw new StoredFileCorruptedException(id);
        }
    }

    private InputStream decrypting(InputStream stored) throws IOException {
        byte[] header = stored.readNBytes(1 + IV_LENGTH);
        if (header.length != 1 + IV_LENGTH || header[0] != FORMAT) {
            throw new IOException("Unknown stored file format");
        }
        try {
            byte[] iv = Arrays.copyOfRange(header, 1, header.length);
            return new CipherInputStream(stored, cipher(Cipher.DECRYPT_MODE, iv));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
        cipher.init(mode, encryptionKey, new IvParameterSpec(iv));
        return cipher;
    }

    /** The MAC binds the bytes to their id, so two stored files cannot be swapped unnoticed. */
    private Mac macFor(String id) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(macKey);
        mac.update(id.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        return mac;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(master, "HmacSHA256"));
            return hmac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds every byte read through it to a MAC. */
    private static final class MacInputStream extends FilterInputStream {

        private final Mac mac;

        MacInputStream(InputStream in, Mac mac) {
            super(in);
            this.mac = mac;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                mac.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                mac.update(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skip would leave bytes out of the MAC");
        }
    }
}
