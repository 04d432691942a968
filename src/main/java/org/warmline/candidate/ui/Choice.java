package org.warmline.candidate.ui;

/** A combo-box item: a value and the label the user sees (its {@code toString}). */
record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
