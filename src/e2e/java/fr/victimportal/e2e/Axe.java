package fr.victimportal.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * axe-core (the npm package's build, as shipped by Deque's Java binding) injected into the page and run against WCAG 2.0/2.1 A and AA; every
 * page's result is kept for the report, and serious or critical violations are returned to fail the journey.
 */
final class Axe {

    /** One violated rule on one page. */
    record Violation(String rule, String impact, int nodes, String help, String firstTarget) {
        boolean blocking() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    private static final Map<String, List<Violation>> RESULTS = new TreeMap<>();
    private static String source;

    private Axe() {}

    private static synchronized String source() throws IOException {
        if (source == null) {
            String path = "axe.min.js"; // from com.deque.html.axe-core:selenium, which ships the npm package's build
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core not on the classpath at " + path);
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return source;
    }

    /** Runs axe on the current page; records the result under {@code page}; returns the blocking violations. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(Browser browser, String page) throws IOException {
        browser.js(source());
        Object raw = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact || 'minor',
                        nodes: v.nodes.length, help: v.help,
                        target: v.nodes.length ? JSON.stringify(v.nodes[0].target) : ''}))))
                   .catch(e => done([{rule: 'axe-error', impact: 'critical', nodes: 0, help: String(e), target: ''}]));""");
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) raw) {
            violations.add(new Violation(
                    (String) v.get("rule"),
                    (String) v.get("impact"),
                    ((Number) v.get("nodes")).intValue(),
                    (String) v.get("help"),
                    (String) v.get("target")));
        }
        synchronized (RESULTS) {
            RESULTS.put(page + " (" + browser.viewport.width + " px)", violations);
        }
        return violations.stream().filter(Violation::blocking).toList();
    }

    /** The per-page table, written to target/e2e/axe-report.md. */
    static void writeReport() throws IOException {
        StringBuilder md = new StringBuilder("# axe-core " + System.getProperty("axe.version")
                + " (WCAG 2.1 A/AA) on every page the journeys visit\n\n"
                + "| page | critical | serious | moderate | minor | rules |\n|---|---|---|---|---|---|\n");
        synchronized (RESULTS) {
            RESULTS.forEach((page, vs) -> md.append("| ")
                    .append(page)
                    .append(" | ")
                    .append(count(vs, "critical"))
                    .append(" | ")
                    .append(count(vs, "serious"))
                    .append(" | ")
                    .append(count(vs, "moderate"))
                    .append(" | ")
                    .append(count(vs, "minor"))
                    .append(" | ")
                    .append(String.join(
                            ", ",
                            vs.stream()
                                    .map(v -> v.rule() + " (" + v.impact() + ", " + v.nodes() + ")")
                                    .toList()))
                    .append(" |\n"));
        }
        Path out = Path.of(System.getProperty("e2e.out", "target/e2e"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("axe-report.md"), md);
        System.out.println(md);
    }

    private static long count(List<Violation> vs, String impact) {
        return vs.stream().filter(v -> impact.equals(v.impact())).count();
    }
}
