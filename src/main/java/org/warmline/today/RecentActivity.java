package org.warmline.today;

import java.time.Instant;

/** One of the signed-in recruiter's latest activities, for the Today view. */
public record RecentActivity(long id, String kind, Instant occurredAt, String summary,
                             Long candidateId, String candidateName, Long jobId,
                             Long employerId) {
}
