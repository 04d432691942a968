package org.warmline.privacy;

/** How a consent was obtained; labels in the privacy bundle. */
public enum ConsentMethod {
    WEB_FORM,
    EMAIL,
    WRITTEN,
    PHONE,
    IN_PERSON;

    /** The bundle key of the label shown to users. */
    public String labelKey() {
        return "privacy.method." + name();
    }
}
