package org.warmline.job.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what was typed into form fields into values, collecting a message key per field that
 * cannot be read (so they show next to their fields before anything is sent to the service).
 */
final class FormInput {
    private static final Pattern NOISE = Pattern.compile("[\\s,_'£$€¥]");
    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * An amount such as "55000", "55,000.50", "£55,000" or "55k"; null when blank. At most two
     * decimals.
     */
    BigDecimal amount(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = NOISE.matcher(text).replaceAll("");
        BigDecimal factor = BigDecimal.ONE;
        if (t.endsWith("k") || t.endsWith("K")) {
            factor = BigDecimal.valueOf(1000);
            t = t.substring(0, t.length() - 1);
        }
        try {
            BigDecimal value = new BigDecimal(t).multiply(factor);
            if (value.stripTrailingZeros().scale() > 2) {
                errors.put(field, "validation.number");
                return null;
            }
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            errors.put(field, "validation.number");
            return null;
        }
    }

    /** A date written YYYY-MM-DD; null when blank. */
    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "validation.date");
            return null;
        }
    }

    /** Field name to message key of every value that could not be read. */
    Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    boolean isValid() {
        return errors.isEmpty();
    }
}
