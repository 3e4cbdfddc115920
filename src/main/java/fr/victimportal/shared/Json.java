package fr.victimportal.shared;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Records, collections, maps and plain values as indented JSON, for the personal-data export (RGPD art. 20): dates and
 * instants in ISO 8601, amounts as exact decimals, enums by name. Nothing else in the portal needs JSON of its own.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object v, StringBuilder out, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Number n) {
            out.append(n);
        } else if (v instanceof Optional<?> o) {
            write(o.orElse(null), out, depth);
        } else if (v instanceof Enum<?> e) {
            string(e.name(), out);
        } else if (v instanceof CharSequence || v instanceof TemporalAccessor || v instanceof java.util.Locale
                || v instanceof java.time.Period || v instanceof java.time.Duration) {
            string(v.toString(), out);
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                first = separator(first, out, depth + 1);
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out, depth + 1);
            }
            close(first, out, depth, '}');
        } else if (v instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                first = separator(first, out, depth + 1);
                write(item, out, depth + 1);
            }
            close(first, out, depth, ']');
        } else if (v.getClass().isArray() && v instanceof Object[] array) {
            write(java.util.Arrays.asList(array), out, depth);
        } else if (v.getClass().isRecord()) {
            out.append('{');
            boolean first = true;
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                first = separator(first, out, depth + 1);
                string(c.getName(), out);
                out.append(": ");
                try {
                    c.getAccessor().setAccessible(true);
                    write(c.getAccessor().invoke(v), out, depth + 1);
                } catch (ReflectiveOperationException unreadable) {
                    out.append("null");
                }
            }
            close(first, out, depth, '}');
        } else {
            string(v.toString(), out);
        }
    }

    private static boolean separator(boolean first, StringBuilder out, int depth) {
        if (!first) {
            out.append(',');
        }
        out.append('\n').append("  ".repeat(depth));
        return false;
    }

    private static void close(boolean empty, StringBuilder out, int depth, char bracket) {
        if (!empty) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append(bracket);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
