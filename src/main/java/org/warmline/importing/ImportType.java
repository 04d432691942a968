package org.warmline.importing;

/** What the rows of a file are: candidates, or employers' contacts. */
public enum ImportType {
    CANDIDATES, CONTACTS;

    /** The bundle key of this type's label. */
    public String labelKey() {
        return "importing.type." + name();
    }
}
