package org.warmline.duplicates;

import java.util.Map;
import org.warmline.candidate.Candidate;

/** The kept candidate after a merge, and how many rows of each table moved to it. */
public record MergeResult(Candidate kept, Map<String, Integer> moved) {
    public MergeResult {
        moved = Map.copyOf(moved);
    }
}
