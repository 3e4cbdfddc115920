package fr.victimportal.shared;

/**
 * One-line fields (names, places, addresses on one line, titles) hold no line break and no control character: a CR or
 * LF typed or pasted into a name would split it in a mail header, a calendar entry, a CSV or a log line. Multi-line
 * fields (descriptions, text areas) keep their line breaks but no other control character.
 */
public final class SingleLine {

    /** The translated message: "this field holds a single line…". */
    public static final String MESSAGE_KEY = "input.error.controlCharacters";
    /** The translated message for a multi-line text with a control character. */
    public static final String MULTI_LINE_MESSAGE_KEY = "input.error.controlCharactersInText";

    private SingleLine() {}

    /** Refuses a one-line value with a line break or any other control character; {@code null} passes. */
    public static void check(String field, String value) {
        if (!isSingleLine(value)) {
            throw new UserInputException(field, MESSAGE_KEY);
        }
    }

    /** Whether a value has no line break and no control character ({@code null} has none). */
    public static boolean isSingleLine(String value) {
        return value == null || value.codePoints().noneMatch(SingleLine::forbiddenInOneLine);
    }

    /** Refuses a multi-line value with a control character other than a line break or a tab; {@code null} passes. */
    public static void checkMultiLine(String field, String value) {
        if (value != null
                && value.codePoints().anyMatch(c -> c != '\n' && c != '\r' && c != '\t' && forbiddenInOneLine(c))) {
            throw new UserInputException(field, MULTI_LINE_MESSAGE_KEY);
        }
    }

    /** C0 and C1 controls (CR, LF, TAB, NUL, NEL…) and the Unicode line and paragraph separators. */
    private static boolean forbiddenInOneLine(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
