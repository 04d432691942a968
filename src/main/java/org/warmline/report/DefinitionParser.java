package org.warmline.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.warmline.platform.excel.CellFormat;
import org.warmline.platform.excel.ChartSpec;

/**
 * Reads one report definition ("key: value" lines, an indented query block per sheet; see
 * the files in {@code reports/}). Any mistake is a {@link DefinitionException} naming the
 * file and line.
 */
final class DefinitionParser {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private final String file;
    private final List<String> lines;
    private String id;
    private String title;
    private String description = "";
    private final Set<ReportParameter> parameters = EnumSet.noneOf(ReportParameter.class);
    private final List<SheetDefinition> sheets = new ArrayList<>();
    private SheetBuilder sheet;
    private int lineNo;

    private DefinitionParser(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    static ReportDefinition parse(String file, List<String> lines) {
        return new DefinitionParser(file, lines).parse();
    }

    private ReportDefinition parse() {
        for (lineNo = 1; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (Character.isWhitespace(line.charAt(0)) || colon < 0) {
                throw fail("expected \"key: value\"");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            entry(key, line.substring(colon + 1).strip());
        }
        finishSheet();
        if (id == null || title == null) {
            throw new DefinitionException(file, 1, "a definition needs an id and a title");
        }
        if (sheets.isEmpty()) {
            throw new DefinitionException(file, lines.size(), "a definition needs a sheet");
        }
        return new ReportDefinition(id, title, description, parameters, sheets, file);
    }

    private void entry(String key, String value) {
        switch (key) {
            case "id" -> id = checkedId(value);
            case "title" -> title = required(value);
            case "description" -> description = value;
            case "parameters" -> parameters(value);
            case "sheet" -> {
                finishSheet();
                sheet = new SheetBuilder(required(value), lineNo);
            }
            case "column" -> currentSheet().columns.add(column(value));
            case "group" -> currentSheet().group = number(value);
            case "totals" -> currentSheet().totals = !value.equalsIgnoreCase("no");
            case "chart" -> currentSheet().chart = chart(value);
            case "query" -> query(value);
            default -> throw fail("unknown key \"" + key + "\"");
        }
    }

    private void parameters(String value) {
        for (String p : value.split(",")) {
            if (!p.isBlank()) {
                parameters.add(enumValue(ReportParameter.class, p.strip(), "parameter"));
            }
        }
    }

    private ColumnDefinition column(String value) {
        String[] parts = value.split("\\|");
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
            throw fail("a column is \"Header | format\" or \"Header | format | total\"");
        }
        CellFormat format = enumValue(CellFormat.class, parts[1].strip(), "format");
        Aggregate aggregate = Aggregate.NONE;
        if (parts.length == 3) {
            try {
                aggregate = Aggregate.parse(parts[2]);
            } catch (IllegalArgumentException e) {
                throw fail("bad total \"" + parts[2].strip() + "\": " + e.getMessage());
            }
        }
        return new ColumnDefinition(parts[0].strip(), format, aggregate);
    }

    private ChartSpec chart(String value) {
        String[] parts = value.split("\\|");
        if (parts.length != 4) {
            throw fail("a chart is \"bar | Title | category column | value columns\"");
        }
        ChartSpec.Kind kind = enumValue(ChartSpec.Kind.class, parts[0].strip(), "chart type");
        List<Integer> values = new ArrayList<>();
        for (String v : parts[3].split(",")) {
            values.add(number(v) - 1);
        }
        return new ChartSpec(kind, required(parts[1].strip()), number(parts[2]) - 1, values);
    }

    private void query(String first) {
        StringBuilder sql = new StringBuilder(first);
        int start = lineNo;
        while (lineNo < lines.size() && (lines.get(lineNo).isBlank()
                || Character.isWhitespace(lines.get(lineNo).charAt(0)))) {
            sql.append('\n').append(lines.get(lineNo));
            lineNo++;
        }
        String text = sql.toString().strip();
        if (!text.regionMatches(true, 0, "SELECT", 0, 6) || text.contains(";")) {
            lineNo = start;
            throw fail("a query is one SELECT statement (no ';')");
        }
        try {
            currentSheet().query = NamedParameters.parse(text);
        } catch (IllegalArgumentException e) {
            lineNo = start;
            throw fail(e.getMessage());
        }
    }

    private void finishSheet() {
        if (sheet != null) {
            sheets.add(sheet.build(file));
            sheet = null;
        }
    }

    private SheetBuilder currentSheet() {
        if (sheet == null) {
            throw fail("\"sheet: Name\" must come first");
        }
        return sheet;
    }

    private String checkedId(String value) {
        if (!ID.matcher(value).matches()) {
            throw fail("an id is lower-case letters, digits, - and _");
        }
        return value;
    }

    private String required(String value) {
        if (value.isBlank()) {
            throw fail("a value is required");
        }
        return value;
    }

    private int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw fail("not a number: \"" + value.strip() + "\"");
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().replace("_", "").equalsIgnoreCase(value.replace("_", ""))) {
                return e;
            }
        }
        throw fail("unknown " + what + " \"" + value + "\"");
    }

    private DefinitionException fail(String message) {
        return new DefinitionException(file, lineNo, message);
    }
}
