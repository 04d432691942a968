package org.warmline.ui.record;

/** The kinds of record a screen can open. */
public enum RecordKind { CANDIDATE, EMPLOYER, CONTACT, JOB, SUBMISSION }
