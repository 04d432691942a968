package org.warmline.duplicates;

import java.util.List;

/**
 * Both candidates were put forward for the same job, so their histories cannot become one
 * without losing one submission; nothing was changed.
 */
public final class MergeBlockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> jobs;

    public MergeBlockedException(List<String> jobs) {
        super("both candidates were submitted to: " + String.join(", ", jobs));
        this.jobs = List.copyOf(jobs);
    }

    /** The titles of the jobs both were submitted to. */
    public List<String> jobs() {
        return jobs;
    }
}
