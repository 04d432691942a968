package org.warmline.today;

import java.time.Instant;

/** An in-progress submission whose stage has not changed for a while. */
public record StalledSubmission(long submissionId, long candidateId, String candidateName,
                                long jobId, String jobTitle, String employerName,
                                String stageName, Instant since, long days) {
}
