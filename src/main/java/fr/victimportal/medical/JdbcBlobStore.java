package fr.victimportal.medical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The embedded default: encrypted bytes in the {@code medical_blob} table (H2 BLOB, PostgreSQL BYTEA), written with
 * {@code setBinaryStream} so the driver streams them. Runs in the caller's transaction.
 */
@Component
class JdbcBlobStore implements BlobStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcBlobStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void put(String id, InputStream content, long length, Supplier<String> mac) {
        jdbc.update("insert into medical_blob (id, content, mac, stored_at) values (?, ?, 'pending', ?)", ps -> {
            ps.setString(1, id);
            ps.setBinaryStream(2, content, length);
            ps.setObject(3, OffsetDateTime.now(clock));
        });
        jdbc.update("update medical_blob set mac = ? where id = ?", mac.get(), id);
    }

    @Override
    public void delete(String id) {
        jdbc.update("delete from medical_blob where id = ?", id);
    }

    @Override
    public <T> T read(String id, BlobReader<T> reader) {
        T result = jdbc.query(
                "select content, mac from medical_blob where id = ?",
                rs -> {
                    if (!rs.next()) {
                        return null;
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        return reader.read(in, rs.getString(2));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                id);
        if (result == null) {
            throw new EmptyResultDataAccessException("No stored file " + id, 1);
        }
        return result;
    }
}
