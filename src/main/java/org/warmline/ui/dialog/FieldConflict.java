package org.warmline.ui.dialog;

import java.util.Objects;

/**
 * One editable field of a record that conflicted on save: its label, the value the user typed
 * ("yours") and the value stored now by someone else, both as display text.
 */
public record FieldConflict(String name, String label, String mine, String stored) {
    public FieldConflict {
        Objects.requireNonNull(name, "name");
        mine = mine == null ? "" : mine;
        stored = stored == null ? "" : stored;
    }

    /** True when the two sides differ, i.e. the user must pick one. */
    public boolean differs() {
        return !mine.equals(stored);
    }
}
