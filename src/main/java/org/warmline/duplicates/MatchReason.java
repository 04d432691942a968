package org.warmline.duplicates;

/** Why two candidates look like the same person; the label is {@code duplicates.reason.<NAME>}. */
public enum MatchReason {
    EMAIL, PHONE, LINKEDIN, NAME_AND_TITLE;

    public String labelKey() {
        return "duplicates.reason." + name();
    }
}
