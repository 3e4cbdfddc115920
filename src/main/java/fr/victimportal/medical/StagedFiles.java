package fr.victimportal.medical;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one session has received and not saved yet (plaintext health data in the temporary folder): how many,
 * how many bytes in all and per claim. Thread-safe: several files of one session may arrive at once. Kept in the
 * user's session by the page; {@link #release} deletes a file and gives its room back.
 */
public final class StagedFiles implements Serializable {

    private record Entry(String reference, long size) implements Serializable {}

    private final Map<Path, Entry> files = new LinkedHashMap<>();
    private int arriving;

    synchronized int count() {
        return files.size() + arriving;
    }

    synchronized long bytes() {
        return files.values().stream().mapToLong(Entry::size).sum();
    }

    synchronized int count(String reference) {
        return (int) files.values().stream()
                .filter(e -> e.reference().equals(reference))
                .count();
    }

    synchronized long bytes(String reference) {
        return files.values().stream()
                .filter(e -> e.reference().equals(reference))
                .mapToLong(Entry::size)
                .sum();
    }

    /** Holds a place for a file that starts arriving, or says no when the session already holds {@code max}. */
    synchronized boolean reserve(int max) {
        if (count() >= max) {
            return false;
        }
        arriving++;
        return true;
    }

    synchronized void cancel() {
        arriving--;
    }

    synchronized void hold(Path file, String reference, long size) {
        arriving--;
        files.put(file, new Entry(reference, size));
    }

    /** Whether the session holds this file (received through the portal's upload handler). */
    public synchronized boolean holds(Path file) {
        return files.containsKey(file);
    }

    /** Deletes every file the session still holds (the session ended). */
    public void releaseAll() {
        List<Path> held;
        synchronized (this) {
            held = List.copyOf(files.keySet());
        }
        held.forEach(this::release);
    }

    /** Deletes the file (held or not) and gives its room back. */
    public void release(Path file) {
        synchronized (this) {
            files.remove(file);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillThere) {
            file.toFile().deleteOnExit();
        }
    }
}
