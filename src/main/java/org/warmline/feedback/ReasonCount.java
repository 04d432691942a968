package org.warmline.feedback;

/** How many rejections had a reason, from a stage (null stage: all stages together). */
public record ReasonCount(String reason, String stage, long count) {
}
