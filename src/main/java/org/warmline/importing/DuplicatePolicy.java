package org.warmline.importing;

/** What to do with a row whose e-mail, phone or LinkedIn URL is already known. */
public enum DuplicatePolicy {
    /** Leave the existing record alone and count the row as a duplicate. */
    SKIP,
    /** Import it as a new record anyway; the Duplicates view will list the pair. */
    IMPORT_ANYWAY;

    /** The bundle key of this policy's label. */
    public String labelKey() {
        return "importing.duplicates." + name();
    }
}
