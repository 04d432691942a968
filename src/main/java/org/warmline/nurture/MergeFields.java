package org.warmline.nurture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merge fields in message templates: {@code {candidate.firstName}} is replaced by its value.
 * Every brace pair is a field, so no literal {@code {…}} ever reaches a message: a field that
 * is not one of {@link #KNOWN} or has no value is reported instead.
 *
 * <pre>{@code
 * Merged m = MergeFields.merge("Dear {candidate.firstName}", Map.of("candidate.firstName", "Zoë"));
 * m.ok();     // true
 * m.text();   // "Dear Zoë"
 * }</pre>
 */
public final class MergeFields {
    /** The fields a template may use. */
    public static final List<String> KNOWN = List.of("candidate.firstName", "candidate.lastName",
            "candidate.fullName", "candidate.email", "candidate.address", "candidate.linkedIn",
            "job.title", "employer.name", "contact.firstName", "contact.name", "recruiter.name",
            "recruiter.email", "feedback.candidateText", "agency.name", "agency.address",
            "agency.phone", "agency.email", "agency.website", "step.dueDate", "today");
    private static final Pattern FIELD = Pattern.compile("\\{([^{}]*)}");

    private MergeFields() {
    }

    /** The result of a merge: the text, and the fields that were unknown or empty. */
    public record Merged(String text, List<String> unknown, List<String> empty) {
        public Merged {
            unknown = List.copyOf(unknown);
            empty = List.copyOf(empty);
        }

        /** True when every field was known and had a value. */
        public boolean ok() {
            return unknown.isEmpty() && empty.isEmpty();
        }
    }

    /** The distinct fields a text uses, in order of first use (names inside the braces). */
    public static List<String> fieldsOf(String text) {
        Set<String> fields = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(text == null ? "" : text);
        while (m.find()) {
            fields.add(m.group(1).strip());
        }
        return new ArrayList<>(fields);
    }

    /** The fields of a text that are not {@link #KNOWN}. */
    public static List<String> unknownIn(String text) {
        return fieldsOf(text).stream().filter(f -> !KNOWN.contains(f)).toList();
    }

    /** Replaces every field of {@code text} by its value; unknown or empty fields are reported. */
    public static Merged merge(String text, Map<String, String> values) {
        String source = text == null ? "" : text;
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> empty = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        Matcher m = FIELD.matcher(source);
        while (m.find()) {
            String field = m.group(1).strip();
            String value = values.get(field);
            if (!KNOWN.contains(field)) {
                unknown.add(field);
                value = "";
            } else if (value == null || value.isBlank()) {
                empty.add(field);
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new Merged(out.toString(), new ArrayList<>(unknown), new ArrayList<>(empty));
    }
}
