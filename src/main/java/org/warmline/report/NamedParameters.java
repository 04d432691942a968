package org.warmline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns {@code :name} parameters in a definition's query into JDBC {@code ?} placeholders
 * (outside string literals), so that values are always bound, never spliced into SQL.
 */
final class NamedParameters {
    /** The names a query may use; their values come from {@link ReportParameters}. */
    static final Set<String> KNOWN = Set.of("from", "to", "from_ts", "to_ts", "now", "today",
            "recruiter", "employer");

    private NamedParameters() {
    }

    /** The positional SQL and the parameter names in order. */
    record Parsed(String sql, List<String> names) {
    }

    static Parsed parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == ':' && i + 1 < sql.length()
                    && Character.isLetter(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end))
                        || sql.charAt(end) == '_')) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!KNOWN.contains(name)) {
                    throw new IllegalArgumentException("unknown parameter :" + name
                            + " (known: " + String.join(", ", KNOWN.stream().sorted().toList())
                            + ")");
                }
                names.add(name);
                out.append('?');
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return new Parsed(out.toString(), names);
    }
}
