package org.warmline.candidate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warmline.platform.db.SqlTypes;
import org.warmline.search.SearchIndex;

/**
 * Builds the candidate list's SELECT from fixed fragments and the query's parameters. The text
 * filter never scans the table: the longest word drives a prefix range scan of SEARCH_TERM's
 * term index, and each other word is a probe of the (kind, entity_id) index per match.
 */
final class CandidateListSql {
    static final String SUMMARY = """
            SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.current_title,
                   c.status, r.display_name AS owner_name, c.updated_at
              FROM candidate c
              LEFT JOIN recruiter r ON r.id = c.owner_id""";
    private static final String PAGE_IDS = "SELECT c.id FROM candidate c";
    private static final String OWNER_JOIN = "\n  LEFT JOIN recruiter r ON r.id = c.owner_id";
    private static final String COUNT = "SELECT COUNT(*) FROM candidate c";
    private static final String FIRST_WORD = """

              JOIN (SELECT DISTINCT entity_id FROM search_term
                     WHERE kind = 'C' AND term LIKE ? ESCAPE '\\') m ON m.entity_id = c.id""";
    private static final String MORE_WORD = """

               AND EXISTS (SELECT 1 FROM search_term t
                            WHERE t.kind = 'C' AND t.entity_id = c.id
                              AND t.term LIKE ? ESCAPE '\\')""";
    private static final String PAGE = " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private final String text;
    private final List<Object> params;

    private CandidateListSql(String text, List<Object> params) {
        this.text = text;
        this.params = params;
    }

    /**
     * The ids of one page, in order. Only the candidate table (and the recruiter, when sorting
     * by owner) is read, so that sorting by name walks the (sort_name, id) index.
     */
    static CandidateListSql pageIds(CandidateQuery q) {
        String select = q.sort() == CandidateQuery.SortColumn.OWNER ? PAGE_IDS + OWNER_JOIN
                : PAGE_IDS;
        return build(select, q, orderBy(q) + PAGE);
    }

    /** The summaries of some candidates, in no particular order. */
    static String summariesByIds(int count) {
        return SUMMARY + "\n WHERE c.id IN (" + "?, ".repeat(count - 1) + "?)";
    }

    static CandidateListSql count(CandidateQuery q) {
        return build(COUNT, q, "");
    }

    String text() {
        return text;
    }

    /** Binds the filter parameters and returns the index of the next parameter. */
    int bind(PreparedStatement st) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Long n) {
                st.setLong(i + 1, n);
            } else {
                st.setString(i + 1, (String) p);
            }
        }
        return params.size() + 1;
    }

    private static CandidateListSql build(String select, CandidateQuery q, String tail) {
        List<String> words = words(q.text());
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select);
        if (!words.isEmpty()) {
            sql.append(FIRST_WORD);
            params.add(likePrefix(words.get(0)));
        }
        sql.append("\n WHERE 1 = 1");
        for (String word : words.subList(Math.min(1, words.size()), words.size())) {
            sql.append(MORE_WORD);
            params.add(likePrefix(word));
        }
        if (q.status() != null) {
            sql.append("\n   AND c.status = ?");
            params.add(q.status().name());
        }
        if (q.owner() != null) {
            sql.append("\n   AND c.owner_id = ?");
            params.add(q.owner().value());
        }
        return new CandidateListSql(sql.append(tail).toString(), params);
    }

    /** The query's words folded like the indexed terms, most selective (longest) first. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>(SearchIndex.terms(List.of(text)));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words;
    }

    private static String orderBy(CandidateQuery q) {
        String dir = q.ascending() ? " ASC" : " DESC";
        String first = switch (q.sort()) {
            case NAME -> "c.sort_name";
            case EMAIL -> "c.email_norm";
            case PHONE -> "c.phone_norm";
            case TITLE -> "c.current_title";
            case STATUS -> "c.status";
            case OWNER -> "r.display_name";
            case UPDATED -> "c.updated_at";
        };
        String tieBreak = q.sort() == CandidateQuery.SortColumn.NAME ? "" : ", c.sort_name" + dir;
        return "\n ORDER BY " + first + dir + tieBreak + ", c.id" + dir;
    }

    private static String likePrefix(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static CandidateSummary mapSummary(ResultSet rs) throws SQLException {
        return new CandidateSummary(new CandidateId(rs.getLong("id")),
                Candidate.displayName(rs.getString("first_name"), rs.getString("last_name")),
                rs.getString("email"), rs.getString("phone"), rs.getString("current_title"),
                CandidateStatus.valueOf(rs.getString("status")), rs.getString("owner_name"),
                SqlTypes.getInstant(rs, "updated_at"));
    }
}
