package org.warmline.duplicates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateStatus;

/**
 * What merging {@code other} into {@code keep} would do: each field's two values and the
 * suggested choice, and how many rows of each table would move to the kept record.
 */
public record MergePreview(Candidate keep, Candidate other, List<Row> rows,
                           Map<String, Integer> moves) {
    public MergePreview {
        rows = List.copyOf(rows);
        moves = Map.copyOf(moves);
    }

    /** One field: both values and the suggestion (the kept value unless it is blank). */
    public record Row(MergeField field, String keepValue, String otherValue,
                      MergeChoice suggested) {
    }

    static MergePreview of(Candidate keep, Candidate other, Map<String, Integer> moves) {
        List<Row> rows = new ArrayList<>();
        for (MergeField f : MergeField.values()) {
            rows.add(new Row(f, value(keep, f), value(other, f), suggest(keep, other, f)));
        }
        return new MergePreview(keep, other, rows, moves);
    }

    /** The suggested choices, field by field. */
    public Map<MergeField, MergeChoice> suggestions() {
        Map<MergeField, MergeChoice> m = new EnumMap<>(MergeField.class);
        rows.forEach(r -> m.put(r.field(), r.suggested()));
        return m;
    }

    /** The value a field gets with {@code choice}. */
    public String result(MergeField f, MergeChoice choice) {
        return value(merged(Map.of(f, choice)), f);
    }

    /** The kept candidate as it will be saved with these choices (others: suggested). */
    public Candidate merged(Map<MergeField, MergeChoice> choices) {
        Map<MergeField, MergeChoice> c = suggestions();
        c.putAll(choices);
        return new Candidate(keep.id(), pick(c, MergeField.FIRST_NAME), pick(c, MergeField.LAST_NAME),
                pick(c, MergeField.EMAIL), pick(c, MergeField.EMAIL2), pick(c, MergeField.PHONE),
                pick(c, MergeField.ADDRESS), pick(c, MergeField.LINKEDIN), pick(c, MergeField.TITLE),
                skills(c.get(MergeField.SKILLS)), pick(c, MergeField.SOURCE), keep.ownerId(),
                CandidateStatus.valueOf(pick(c, MergeField.STATUS)), notes(c.get(MergeField.NOTES)),
                keep.createdAt(), keep.updatedAt(), keep.version());
    }

    private String pick(Map<MergeField, MergeChoice> c, MergeField f) {
        return c.get(f) == MergeChoice.OTHER ? value(other, f) : value(keep, f);
    }

    private List<String> skills(MergeChoice choice) {
        if (choice == MergeChoice.BOTH) {
            Set<String> all = new LinkedHashSet<>(keep.skills());
            all.addAll(other.skills());
            return List.copyOf(all);
        }
        return choice == MergeChoice.OTHER ? other.skills() : keep.skills();
    }

    private String notes(MergeChoice choice) {
        if (choice == MergeChoice.BOTH) {
            if (blank(keep.notes()) || blank(other.notes())) {
                return blank(keep.notes()) ? other.notes() : keep.notes();
            }
            return keep.notes() + "\n\n" + other.notes();
        }
        return choice == MergeChoice.OTHER ? other.notes() : keep.notes();
    }

    private static MergeChoice suggest(Candidate keep, Candidate other, MergeField f) {
        if (f == MergeField.STATUS) {
            // Never lose a "do not contact": the stricter status wins.
            return other.status() == CandidateStatus.DO_NOT_CONTACT ? MergeChoice.OTHER
                    : MergeChoice.KEEP;
        }
        String k = value(keep, f);
        String o = value(other, f);
        if (f.combinable() && !blank(k) && !blank(o) && !k.equals(o)) {
            return MergeChoice.BOTH;
        }
        return blank(k) && !blank(o) ? MergeChoice.OTHER : MergeChoice.KEEP;
    }

    static String value(Candidate c, MergeField f) {
        return switch (f) {
            case FIRST_NAME -> c.firstName();
            case LAST_NAME -> c.lastName();
            case EMAIL -> c.email();
            case EMAIL2 -> c.email2();
            case PHONE -> c.phone();
            case ADDRESS -> c.postalAddress();
            case LINKEDIN -> c.linkedInUrl();
            case TITLE -> c.currentTitle();
            case SKILLS -> c.skills().isEmpty() ? null : c.skillsText();
            case SOURCE -> c.source();
            case STATUS -> c.status().name();
            case NOTES -> c.notes();
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
