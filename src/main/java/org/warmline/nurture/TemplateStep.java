package org.warmline.nurture;

import java.util.Objects;

/** One step of a plan template: what, through which channel, how many days after the plan starts. */
public record TemplateStep(StepKind kind, NurtureChannel channel, int offsetDays) {
    /** The largest offset a template step may have (two years). */
    public static final int MAX_OFFSET = 730;

    public TemplateStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
    }
}
