package fr.victimportal.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The JSON of the personal-data export (RGPD art. 20), through Jackson: a record as an object of its components, in
 * their order and nothing else (no derived value a record computes); dates, times and instants as their ISO 8601 text
 * ({@code 2026-09-01}, {@code 10:30}, {@code 2026-09-01T08:00:00Z}); amounts as plain decimal numbers ({@code 1000.00},
 * never {@code 1E+3}); enums by name; a language by its tag as Java writes it ({@code fr}); an empty {@code Optional}
 * and a missing value as null; indented by two spaces, one value per line, ending with a line break. The person reads
 * these files, and may load them elsewhere, so their shape does not change from one export to the next.
 */
final class ExportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("personal-data-export")
                    .addSerializer(TemporalAccessor.class, ToStringSerializer.instance)
                    .addSerializer(Locale.class, ToStringSerializer.instance)
                    .setSerializerModifier(new RecordComponentsOnly()))
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.ALWAYS))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            .build();

    private ExportJson() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }

    /** {@code "name": value}, and {@code {}} or {@code []} when empty. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(twoSpaces);
        printer.indentArraysWith(twoSpaces);
        return printer;
    }

    /** Keeps a record's components, in their declared order, and drops what Jackson takes for a getter. */
    private static final class RecordComponentsOnly extends ValueSerializerModifier {

        @Override
        public List<BeanPropertyWriter> changeProperties(
                SerializationConfig config, BeanDescription.Supplier bean, List<BeanPropertyWriter> properties) {
            if (!bean.getBeanClass().isRecord()) {
                return properties;
            }
            List<String> components = Arrays.stream(bean.getBeanClass().getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            return properties.stream()
                    .filter(p -> components.contains(p.getName()))
                    .sorted(Comparator.comparingInt(p -> components.indexOf(p.getName())))
                    .toList();
        }
    }
}
