package org.warmline.feedback;

import java.time.LocalDate;
import org.warmline.employer.EmployerId;
import org.warmline.submission.SubmissionId;

/** The candidate's view of an employer's hiring process on one submission, scores 1–5. */
public record CandidateView(long id, SubmissionId submission, String jobTitle,
                            EmployerId employer, String employerName, int speed,
                            int communication, int interview, String comments, LocalDate givenOn,
                            String recordedBy) {
}
