package org.warmline.ui.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state behind the conflict dialog, without Swing: which side the user picked for every
 * field that differs, and what that amounts to (keep mine, take stored, or a merge).
 */
public final class ConflictChoices {
    /** Which version of a field wins. */
    public enum Side { MINE, STORED }

    /** What the user decided as a whole. */
    public enum Resolution { KEEP_MINE, TAKE_STORED, MERGE, BACK }

    /** The decision: for MERGE, {@code takeStored} names the fields taken from the stored version. */
    public record Outcome(Resolution resolution, Set<String> takeStored) {
        public Outcome {
            takeStored = Set.copyOf(takeStored);
        }
    }

    private final List<FieldConflict> fields;
    private final Map<String, Side> picks = new LinkedHashMap<>();

    /** Starts with "yours" picked for every differing field. */
    public ConflictChoices(List<FieldConflict> fields) {
        this.fields = List.copyOf(fields);
        differing().forEach(f -> picks.put(f.name(), Side.MINE));
    }

    public List<FieldConflict> fields() {
        return fields;
    }

    /** The fields whose two versions differ, in form order. */
    public List<FieldConflict> differing() {
        return fields.stream().filter(FieldConflict::differs).toList();
    }

    /** Picks a side for one differing field (fields that agree have nothing to pick). */
    public void pick(String field, Side side) {
        if (picks.containsKey(field)) {
            picks.put(field, side);
        }
    }

    /** The side picked for a field; MINE for fields that agree. */
    public Side picked(String field) {
        return picks.getOrDefault(field, Side.MINE);
    }

    /** Picks one side for every differing field. */
    public void pickAll(Side side) {
        picks.replaceAll((field, old) -> side);
    }

    /** The fields whose stored value was picked. */
    public Set<String> takenFromStored() {
        return picks.entrySet().stream().filter(e -> e.getValue() == Side.STORED)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** The outcome of saving the current picks: all mine, all stored, or a merge. */
    public Outcome merged() {
        Set<String> stored = takenFromStored();
        if (stored.isEmpty()) {
            return new Outcome(Resolution.KEEP_MINE, Set.of());
        }
        if (stored.size() == picks.size()) {
            return new Outcome(Resolution.TAKE_STORED, stored);
        }
        return new Outcome(Resolution.MERGE, stored);
    }

    /** Keep every value the user typed, saved over the stored version. */
    public Outcome keepMine() {
        return new Outcome(Resolution.KEEP_MINE, Set.of());
    }

    /** Drop the user's changes and show the stored version. */
    public Outcome takeStored() {
        return new Outcome(Resolution.TAKE_STORED,
                differing().stream().map(FieldConflict::name).collect(Collectors.toSet()));
    }

    /** Neither: return to the editor with the user's values, nothing saved. */
    public Outcome back() {
        return new Outcome(Resolution.BACK, Set.of());
    }
}
