package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PNG and JPEG files whose header declares more pixels than anyone can open safely are refused from the header alone,
 * without decoding the image, with a translated reason naming the file.
 */
class ImageDimensionsTest extends IntegrationTest {

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalDocuments documents;

    private static NewDocument doc(String name, Path file) {
        return new NewDocument(
                name,
                file,
                DocumentClass.MEDICAL_CARE,
                DocumentType.HOSPITAL_REPORT,
                LocalDate.of(2026, 10, 6),
                "Radiographie");
    }

    /** A real 8×8 PNG whose IHDR chunk then declares {@code width}×{@code height} (CRC recomputed). */
    static Path pngDeclaring(int width, int height) {
        try {
            Path file = TestFiles.png();
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer b = ByteBuffer.wrap(bytes);
            b.putInt(16, width).putInt(20, height);
            CRC32 crc = new CRC32();
            crc.update(bytes, 12, 17);
            b.putInt(29, (int) crc.getValue());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real 8×8 JPEG whose SOF0 frame header then declares {@code width}×{@code height}. */
    static Path jpegDeclaring(int width, int height) {
        try {
            Path file = TestFiles.jpeg();
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 2; i + 9 < bytes.length; i++) {
                if ((bytes[i] & 0xff) == 0xff && (bytes[i + 1] & 0xff) == 0xc0) {
                    ByteBuffer.wrap(bytes).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                    Files.write(file, bytes);
                    return file;
                }
            }
            throw new IllegalStateException("no SOF0 marker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedByNameAndAnOrdinaryOneIsKept() {
        var cast = medical.claimWithParticipants();
        Path tall = pngDeclaring(1000, 30_000);
        Path bomb = pngDeclaring(15_000, 15_000);
        Path wideJpeg = jpegDeclaring(40_000, 100);
        List<UploadOutcome> outcomes = fixtures.as(
                cast.victim(),
                () -> documents.upload(
                        cast.reference(),
                        List.of(
                                doc("radio-haute.png", tall),
                                doc("bombe.png", bomb),
                                doc("panorama.jpg", wideJpeg),
                                doc("radio.png", pngDeclaring(8, 8)),
                                doc("photo.jpg", jpegDeclaring(8, 8)))));

        assertThat(outcomes)
                .extracting(UploadOutcome::refusalKey)
                .containsExactly(
                        "medical.upload.error.dimensions",
                        "medical.upload.error.dimensions",
                        "medical.upload.error.dimensions",
                        null,
                        null);
        assertThat(outcomes.get(1).refusalArguments()).containsExactly("bombe.png", 15_000L, 15_000L, 20_000, 100L);
        assertThat(outcomes.get(2).refusalArguments()).containsExactly("panorama.jpg", 40_000L, 100L, 20_000, 100L);
    }

    @Test
    void anImageWhoseHeaderCannotBeReadIsRefused() {
        var cast = medical.claimWithParticipants();
        Path broken = pngDeclaring(0, 0);
        List<UploadOutcome> outcomes = fixtures.as(
                cast.victim(), () -> documents.upload(cast.reference(), List.of(doc("abîmée.png", broken))));
        assertThat(outcomes).extracting(UploadOutcome::refusalKey).containsExactly("medical.upload.error.image");
    }
}
