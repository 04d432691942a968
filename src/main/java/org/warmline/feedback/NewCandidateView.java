package org.warmline.feedback;

import java.time.LocalDate;
import org.warmline.submission.SubmissionId;

/** Input for a candidate's view; scores 1 (poor) to 5 (excellent); null date means today. */
public record NewCandidateView(SubmissionId submission, int speed, int communication,
                               int interview, String comments, LocalDate givenOn) {
}
