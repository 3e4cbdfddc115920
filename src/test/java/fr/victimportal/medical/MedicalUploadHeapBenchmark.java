package fr.victimportal.medical;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * How much heap one 20 MB upload needs: the server-side checks (Tika, PDFBox) and the encrypting store into an H2
 * file database (or, with the argument {@code stream}, a blob store that drains the bytes as an object-store client
 * would), then the verified read. Not a test; run it on demand with a small heap to make the point (README
 * "Benchmarks"): {@code java -Xmx24m -cp ... fr.victimportal.medical.MedicalUploadHeapBenchmark stream}.
 * Reports bytes allocated by the uploading thread (garbage included, short-lived buffers), the old generation's peak
 * (where a whole-file byte[] would land), and the heap still in use after a GC.
 */
public final class MedicalUploadHeapBenchmark {

    private MedicalUploadHeapBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("vp-heap-bench");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";AUTOCOMMIT=TRUE");
        ds.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("create table medical_blob (id varchar(36) primary key, content blob not null,"
                + " mac varchar(64) not null, stored_at timestamp with time zone not null)");
        MedicalFileKey key = new MedicalFileKey("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", dir.resolve("k"));
        // "stream": a blob store that drains the bytes as an object-store client would; default: the H2 table
        boolean stream = args.length > 0 && args[0].equals("stream");
        BlobStore blobs = stream ? new DrainingBlobStore() : new JdbcBlobStore(jdbc, Clock.systemUTC());
        EncryptedFileStore store = new EncryptedFileStore(blobs, key);
        UploadChecks checks = new UploadChecks(DataSize.ofMegabytes(20), 200, DataSize.ofGigabytes(1));

        Path pdf = bigPdf(dir.resolve("big.pdf"), 20 * 1024 * 1024 - 4096);
        long size = Files.size(pdf);
        System.out.printf(
                "file: %s, %.1f MB, max heap %d MB, blob store: %s%n",
                pdf.getFileName(),
                size / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576,
                stream ? "draining stream" : "H2 file");
        // warm up class loading and JIT on a small file, so the measurement is the upload, not the first use
        Path small = bigPdf(dir.resolve("small.pdf"), 64 * 1024);
        checks.check("small.pdf", small, 0, 0);
        store.store(small);

        for (int run = 1; run <= 3; run++) {
            Measure m = Measure.start();
            String type = checks.check("big.pdf", pdf, 0, 0);
            EncryptedFileStore.Stored stored = store.store(pdf);
            m.stop("upload run " + run + " (checks " + type + " + encrypt + store)");
            Measure r = Measure.start();
            store.copyTo(stored.id(), stored.sha256(), OutputStream::nullOutputStream);
            r.stop("read run " + run + " (verify + decrypt)");
        }
    }

    /** Reads every byte once (as an upload to an object store would) and keeps only the MAC; reads are re-played. */
    private static final class DrainingBlobStore implements BlobStore {

        private final Map<String, String> macs = new HashMap<>();
        private final Map<String, Path> files = new HashMap<>();

        @Override
        public void put(String id, InputStream content, long length, Supplier<String> mac) {
            try {
                Path f = Files.createTempFile("vp-blob", ".bin");
                Files.copy(content, f, StandardCopyOption.REPLACE_EXISTING);
                files.put(id, f);
                macs.put(id, mac.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void delete(String id) {
            macs.remove(id);
            Path f = files.remove(id);
            if (f != null) {
                f.toFile().delete();
            }
        }

        @Override
        public <T> T read(String id, BlobReader<T> reader) {
            try (var in = Files.newInputStream(files.get(id))) {
                return reader.read(in, macs.get(id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path bigPdf(Path file, int payload) throws Exception {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            doc.addPage(new PDPage());
            COSStream stream = doc.getDocument().createCOSStream();
            byte[] chunk = new byte[64 * 1024];
            Random random = new Random(42);
            try (OutputStream out = stream.createRawOutputStream()) {
                for (int left = payload; left > 0; left -= chunk.length) {
                    random.nextBytes(chunk);
                    out.write(chunk, 0, Math.min(chunk.length, left));
                }
            }
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("BenchPayload"), stream);
            doc.save(file.toFile());
        }
        return file;
    }

    private record Measure(long allocated, long usedAfterGc) {

        static Measure start() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            return new Measure(allocatedByThisThread(), used());
        }

        void stop(String what) {
            long alloc = allocatedByThisThread() - allocated;
            long oldPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .max()
                    .orElse(-1);
            System.gc();
            long retained = used() - usedAfterGc;
            System.out.printf(
                    "%-56s allocated %6.1f MB, old-gen peak %5.1f MB (heap after GC before: %4.1f MB),"
                            + " retained %+5.2f MB%n",
                    what, alloc / 1048576.0, oldPeak / 1048576.0, usedAfterGc / 1048576.0, retained / 1048576.0);
        }

        private static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        private static long allocatedByThisThread() {
            return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
        }
    }
}
