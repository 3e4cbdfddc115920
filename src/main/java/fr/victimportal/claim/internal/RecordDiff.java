package fr.victimportal.claim.internal;

import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.VehicleDetails;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of a declaration section, field by field, for the corrections history. */
final class RecordDiff {

    private static final String FIELD_SEPARATOR = "\u001F";
    private static final String LINE_SEPARATOR = "\u001E";

    private RecordDiff() {}

    static List<ClaimFile.Change> changes(Record before, Record after) {
        List<ClaimFile.Change> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(normalise(old), normalise(now))) {
                changes.add(new ClaimFile.Change(component.getName(), text(old), text(now)));
            }
        }
        return changes;
    }

    private static Object normalise(Object value) {
        return value instanceof BigDecimal amount ? amount.stripTrailingZeros() : value;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(v -> v instanceof VehicleDetails d
                            ? String.join(
                                            " ",
                                            Objects.toString(d.description(), ""),
                                            Objects.toString(d.registration(), ""),
                                            Objects.toString(d.insurer(), ""))
                                    .strip()
                            : String.valueOf(v))
                    .reduce((x, y) -> x + " ; " + y)
                    .orElse("");
        }
        return String.valueOf(value);
    }

    static String encode(List<ClaimFile.Change> changes) {
        return String.join(
                LINE_SEPARATOR,
                changes.stream()
                        .map(c -> c.field() + FIELD_SEPARATOR + c.before() + FIELD_SEPARATOR + c.after())
                        .toList());
    }

    static List<ClaimFile.Change> decode(String encoded) {
        List<ClaimFile.Change> changes = new ArrayList<>();
        for (String line : encoded.split(LINE_SEPARATOR)) {
            String[] parts = line.split(FIELD_SEPARATOR, -1);
            if (parts.length == 3) {
                changes.add(new ClaimFile.Change(parts[0], parts[1], parts[2]));
            }
        }
        return changes;
    }
}
