package org.warmline.submission;

import java.util.Objects;

/** A pipeline stage as the agency named and ordered it. */
public record Stage(StageId id, String name, int position, StageOutcome outcome, boolean active,
                    int version) {
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
    }
}
