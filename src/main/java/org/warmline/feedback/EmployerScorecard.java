package org.warmline.feedback;

import java.util.List;
import org.warmline.employer.EmployerId;

/**
 * How an employer treats candidates. Averages are over the candidates' views (null without
 * any). {@code medianDaysToDecision} is the nearest-rank median of whole days from the first
 * interview to the decision (see {@link CandidateViewService#scorecard}); {@code replyRate} is
 * received-or-relayed / requested over all feedback asked of the employer, and
 * {@code medianDaysToFeedback} the median whole days from request to reply.
 */
public record EmployerScorecard(EmployerId employer, int views, Double averageSpeed,
                                Double averageCommunication, Double averageInterview,
                                Spread daysToDecision, Ratio replyRate, Spread daysToFeedback,
                                List<ReasonCount> reasons) {
}
