package fr.victimportal.insurer;

import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.SemicolonCsv;
import fr.victimportal.shared.SemicolonCsv.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the operator's insurer list ({@code portal.insurers.file}, docs/insurers.md) at every start, before the demo
 * data: every line is checked first, then written in one transaction (created, or updated by identifier); the insurers
 * an earlier version of the file wrote and this one no longer lists are retired. A bad line stops the start with the
 * file and line to fix, and nothing is written. The same version loaded again changes nothing.
 */
@Component
@Order(5)
class InsurerFileLoader implements ApplicationRunner {

    /** The {@code source} of the rows a file wrote: this prefix, then the file's version. */
    static final String SOURCE_PREFIX = "file:";

    static final List<String> COLUMNS = List.of("identifier", "name", "kind", "mailbox", "fictitious");
    /** Columns a file may leave out: the address of the insurer's first administrator, who is invited by mail. */
    static final List<String> OPTIONAL = List.of("administrator");

    private static final Pattern VERSION = Pattern.compile("#\\s*version\\s*:\\s*(\\S.{0,59}?)\\s*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");
    private static final Logger log = LoggerFactory.getLogger(InsurerFileLoader.class);

    private final InsurerList list;
    private final FirstAdministrators administrators;
    private final ResourceLoader resources;
    private final @Nullable String location;

    InsurerFileLoader(
            InsurerList list,
            FirstAdministrators administrators,
            ResourceLoader resources,
            PortalProperties properties) {
        this.list = list;
        this.administrators = administrators;
        this.resources = resources;
        String file = properties.insurers().file();
        this.location = file == null || file.isBlank() ? null : file.strip();
    }

    /** What a load did. */
    record Loaded(String version, int lines, List<String> retired) {}

    /** One checked line of the file. */
    record Line(
            String identifier,
            String name,
            InsurerKind kind,
            @Nullable String mailbox,
            boolean fictitious,
            @Nullable String administrator) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (location != null) {
            Loaded loaded = load(location);
            log.info(
                    "Insurer list {} version {}: {} insurer(s) loaded, retired now: {}",
                    location,
                    loaded.version(),
                    loaded.lines(),
                    loaded.retired());
        }
    }

    /** Reads, checks, then writes the file at {@code location} (in the caller's transaction). */
    @Transactional
    Loaded load(String location) {
        Resource resource = resources.getResource(location);
        String text;
        try {
            text = resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Insurer list " + location + " cannot be read: " + unreadable, unreadable);
        }
        String version = version(text, location);
        List<Line> lines = check(SemicolonCsv.rows(new java.io.StringReader(text), location), location);
        String source = SOURCE_PREFIX + version;
        for (Line line : lines) {
            long id =
                    list.upsert(line.identifier(), line.name(), line.kind(), line.mailbox(), line.fictitious(), source);
            if (line.administrator() != null) {
                administrators.invite(id, line.administrator());
            }
        }
        return new Loaded(version, lines.size(), list.retireDropped(SOURCE_PREFIX, source));
    }

    /** The version the file's first line gives: {@code # version: 2026-12}. */
    static String version(String text, String location) {
        String first = text.strip().lines().findFirst().orElse("");
        Matcher m = VERSION.matcher(first.strip());
        if (!m.matches()) {
            throw new IllegalStateException(
                    location + ", line 1: the first line must give the list's version, e.g. \"# version: 2026-12\"");
        }
        return m.group(1);
    }

    static List<Line> check(List<Row> rows, String location) {
        if (rows.isEmpty()) {
            throw new IllegalStateException(location + ": no header row (" + String.join(";", COLUMNS) + ")");
        }
        Row header = rows.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name) && !OPTIONAL.contains(name)) {
                throw header.error("unknown column \"" + header.get(i) + "\" (columns: " + String.join(";", COLUMNS)
                        + ", optional: " + String.join(";", OPTIONAL) + ")");
            }
            if (column.put(name, i) != null) {
                throw header.error("column \"" + name + "\" appears twice");
            }
        }
        for (String name : COLUMNS) {
            if (!column.containsKey(name)) {
                throw header.error("column \"" + name + "\" is missing");
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                throw row.error(header.size() + " values expected, " + row.size() + " found (" + row.text() + ")");
            }
            Line line = row.read(r -> line(r, column));
            Long before = seen.putIfAbsent(line.identifier().toUpperCase(Locale.ROOT), row.line());
            if (before != null) {
                throw row.error("identifier " + line.identifier() + " already on line " + before);
            }
            lines.add(line);
        }
        return lines;
    }

    private static Line line(Row r, Map<String, Integer> column) {
        String identifier = r.get(column.get("identifier")).strip();
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw r.error("identifier \"" + identifier + "\": 1 to 40 letters, digits, '.', '_' or '-'");
        }
        String name = r.get(column.get("name")).strip();
        if (name.isEmpty() || name.length() > 160 || name.contains("\n")) {
            throw r.error("name missing or longer than 160 characters (identifier " + identifier + ")");
        }
        String kindText = r.get(column.get("kind")).strip().toUpperCase(Locale.ROOT);
        InsurerKind kind;
        try {
            kind = InsurerKind.valueOf(kindText);
        } catch (IllegalArgumentException unknown) {
            throw r.error("kind \"" + kindText + "\": INSURER or FUND");
        }
        String mailbox = r.get(column.get("mailbox")).strip();
        if (!mailbox.isEmpty()
                && (mailbox.length() > 254 || !EMAIL.matcher(mailbox).matches())) {
            throw r.error("mailbox \"" + mailbox + "\" is not an email address");
        }
        String fictitious = r.get(column.get("fictitious")).strip().toLowerCase(Locale.ROOT);
        if (!List.of("", "true", "false").contains(fictitious)) {
            throw r.error("fictitious \"" + fictitious + "\": true or false");
        }
        String administrator = column.containsKey("administrator")
                ? r.get(column.get("administrator")).strip()
                : "";
        if (!administrator.isEmpty()
                && (administrator.length() > 254
                        || !EMAIL.matcher(administrator).matches())) {
            throw r.error("administrator \"" + administrator + "\" is not an email address");
        }
        return new Line(
                identifier,
                name,
                kind,
                mailbox.isEmpty() ? null : mailbox.toLowerCase(Locale.ROOT),
                fictitious.equals("true"),
                administrator.isEmpty() ? null : administrator.toLowerCase(Locale.ROOT));
    }
}
