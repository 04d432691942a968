package org.warmline.job;

import java.time.LocalDate;

/**
 * Where a job stands. FILLED and CANCELLED close it (it gets a closing date); OPEN and ON_HOLD
 * are live and have none. Labels come from the bundle key {@code job.status.<NAME>}.
 */
public enum JobStatus {
    OPEN, ON_HOLD, FILLED, CANCELLED;

    /** The bundle key of this status's label. */
    public String labelKey() {
        return "job.status." + name();
    }

    /** True for statuses that end the job. */
    public boolean isClosed() {
        return this == FILLED || this == CANCELLED;
    }

    /**
     * The closing date a job in this status should have: the current one (or {@code today}
     * when it has none) for a closed status, none for a live one.
     */
    public LocalDate closedOn(LocalDate current, LocalDate today) {
        if (!isClosed()) {
            return null;
        }
        return current != null ? current : today;
    }
}
