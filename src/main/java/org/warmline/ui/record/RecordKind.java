package org.warmline.ui.record;

/** The kinds of record a screen can open. */
public enum RecordKind {
    CANDIDATE, EMPLOYER, CONTACT, JOB, SUBMISSION,
    /** The employer feedback on a rejected submission; the id is the submission's. */
    FEEDBACK
}
