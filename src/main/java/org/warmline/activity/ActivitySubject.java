package org.warmline.activity;

/** A record whose timeline can be shown. */
public enum ActivitySubject { CANDIDATE, EMPLOYER, JOB }
