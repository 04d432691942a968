package org.warmline.candidate;

import java.util.Objects;
import org.warmline.recruiter.RecruiterId;

/**
 * What the candidate list shows: a find-as-you-type text (every word must prefix-match a
 * name, e-mail, phone, title or skill), an optional status and owner, and the sort order.
 */
public record CandidateQuery(String text, CandidateStatus status, RecruiterId owner,
                             SortColumn sort, boolean ascending) {
    /** The columns the list can be sorted by, on the server. */
    public enum SortColumn { NAME, EMAIL, PHONE, TITLE, STATUS, OWNER, UPDATED }

    public CandidateQuery {
        Objects.requireNonNull(sort, "sort");
        text = text == null ? "" : text.strip();
    }

    /** Every candidate, by name. */
    public static CandidateQuery all() {
        return new CandidateQuery("", null, null, SortColumn.NAME, true);
    }

    public CandidateQuery withText(String next) {
        return new CandidateQuery(next, status, owner, sort, ascending);
    }

    public CandidateQuery withStatus(CandidateStatus next) {
        return new CandidateQuery(text, next, owner, sort, ascending);
    }

    public CandidateQuery withOwner(RecruiterId next) {
        return new CandidateQuery(text, status, next, sort, ascending);
    }

    public CandidateQuery sortedBy(SortColumn column, boolean asc) {
        return new CandidateQuery(text, status, owner, column, asc);
    }

    /** True when some filter (text, status or owner) narrows the list. */
    public boolean isFiltered() {
        return !text.isEmpty() || status != null || owner != null;
    }
}
