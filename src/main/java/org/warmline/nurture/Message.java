package org.warmline.nurture;

import java.util.List;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;

/**
 * A message or letter merged from its template for one step: who it goes to, the merged
 * subject and body, and the fields that were unknown or empty ({@code problems}, as
 * "{field}"); a message with problems is never produced.
 */
public record Message(NurtureStepId stepId, StepKind kind, NurtureChannel channel,
                      CandidateId candidateId, JobId jobId, Long submissionId,
                      String candidateName, String to, String postalAddress, String subject,
                      String body, List<String> unknown, List<String> empty) {
    public Message {
        unknown = List.copyOf(unknown);
        empty = List.copyOf(empty);
    }

    /** True when every merge field was known and filled. */
    public boolean ok() {
        return unknown.isEmpty() && empty.isEmpty();
    }

    /** True when the candidate has a postal address for a letter. */
    public boolean hasAddress() {
        return postalAddress != null && !postalAddress.isBlank();
    }
}
