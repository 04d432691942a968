package org.warmline.privacy;

/** Why the agency may hold a candidate's data (GDPR Art. 6); labels in the privacy bundle. */
public enum LawfulBasis {
    CONSENT,
    LEGITIMATE_INTERESTS,
    CONTRACT;

    /** The bundle key of the label shown to users. */
    public String labelKey() {
        return "privacy.basis." + name();
    }
}
