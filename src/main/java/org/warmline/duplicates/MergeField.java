package org.warmline.duplicates;

/**
 * A candidate field a merge takes from either record; the label is the candidate editor's
 * ({@code duplicates.field.<NAME>}). Notes and skills can also be combined.
 */
public enum MergeField {
    FIRST_NAME, LAST_NAME, EMAIL, EMAIL2, PHONE, ADDRESS, LINKEDIN, TITLE, SKILLS, SOURCE,
    STATUS, NOTES;

    public String labelKey() {
        return "duplicates.field." + name();
    }

    /** True for the fields whose values can be combined (notes, skills). */
    public boolean combinable() {
        return this == NOTES || this == SKILLS;
    }
}
