package org.warmline.activity;

/** What kind of contact or event an activity records; labels are {@code activity.kind.<NAME>}. */
public enum ActivityKind {
    CALL, EMAIL, MEETING, NOTE, LETTER, STAGE_CHANGE;

    /** The bundle key of this kind's label. */
    public String labelKey() {
        return "activity.kind." + name();
    }

    /** True for kinds a recruiter logs by hand (stage changes are written by the pipeline). */
    public boolean manual() {
        return this != STAGE_CHANGE;
    }
}
