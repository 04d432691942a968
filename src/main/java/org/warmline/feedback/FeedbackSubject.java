package org.warmline.feedback;

import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.submission.SubmissionId;

/** The submission a feedback record is about, with display names. */
public record FeedbackSubject(SubmissionId submission, CandidateId candidate, String candidateName,
                              JobId job, String jobTitle, EmployerId employer,
                              String employerName) {
}
