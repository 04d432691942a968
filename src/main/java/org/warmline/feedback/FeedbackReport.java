package org.warmline.feedback;

import java.util.List;
import java.util.Map;

/**
 * Feedback figures over a set of rejections (live closures with outcome REJECTED). Rates:
 * request = requested / rejections, reply = received (or relayed) / requested, relay =
 * relayed / received, notAboutCandidate = closures marked so / rejections. Spreads are whole
 * days (24-hour periods, rounded down) between the two moments, over the cases that have both.
 */
public record FeedbackReport(long rejections, Ratio requestRate, Ratio replyRate,
                             Ratio relayRate, Ratio notAboutCandidate,
                             Spread rejectionToRequest, Spread requestToReceived,
                             Spread receivedToRelayed, List<ReasonCount> byReasonAndStage,
                             Map<String, Long> byEndedBy) {
}
