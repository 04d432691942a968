package org.warmline.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;

/**
 * Find-as-you-type over candidates, employers and jobs. Every query word must be the prefix of
 * some indexed term of a record (names, e-mail, phone, skills, titles); the first word is
 * answered from the term index by a range scan, the others are checked per record.
 */
public final class SearchService {
    private static final String FIRST_WORD = """
            SELECT kind, entity_id FROM search_term WHERE term LIKE ? ESCAPE '\\'""";
    private static final String MORE_WORD = """
             AND EXISTS (SELECT 1 FROM search_term t%d
                          WHERE t%d.kind = search_term.kind
                            AND t%d.entity_id = search_term.entity_id
                            AND t%d.term LIKE ? ESCAPE '\\')""";
    private final Database db;

    public SearchService(Database db) {
        this.db = db;
    }

    /** Up to {@code limit} records matching every word of {@code query}; empty for a blank query. */
    public List<SearchHit> find(String query, int limit) {
        String[] words = Arrays.stream(SearchIndex.queryWords(query == null ? "" : query))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0 || limit <= 0) {
            return List.of();
        }
        // The longest word is the most selective one to drive the index scan.
        Arrays.sort(words, Comparator.comparingInt(String::length).reversed());
        return db.read(tx -> {
            Map<SearchKind, Set<Long>> ids = matchingIds(tx, words, limit);
            return describe(tx, ids);
        });
    }

    private static Map<SearchKind, Set<Long>> matchingIds(Tx tx, String[] words, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder(FIRST_WORD);
        for (int i = 1; i < words.length; i++) {
            sql.append(MORE_WORD.formatted(i, i, i, i));
        }
        Map<SearchKind, Set<Long>> ids = new EnumMap<>(SearchKind.class);
        int found = 0;
        try (PreparedStatement st = tx.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < words.length; i++) {
                st.setString(i + 1, escape(words[i]) + "%");
            }
            st.setFetchSize(Math.min(500, limit * 4));
            try (ResultSet rs = st.executeQuery()) {
                while (found < limit && rs.next()) {
                    SearchKind kind = SearchKind.of(rs.getString(1).charAt(0));
                    if (ids.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(rs.getLong(2))) {
                        found++;
                    }
                }
            }
        }
        return ids;
    }

    private static List<SearchHit> describe(Tx tx, Map<SearchKind, Set<Long>> ids)
            throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<SearchKind, Set<Long>> entry : ids.entrySet()) {
            Map<Long, SearchHit> byId = new LinkedHashMap<>();
            String sql = switch (entry.getKey()) {
                case CANDIDATE -> """
                        SELECT id, first_name || ' ' || last_name,
                               COALESCE(current_title, COALESCE(email, '')) FROM candidate""";
                case EMPLOYER -> "SELECT id, name, COALESCE(industry, '') FROM employer";
                case JOB -> """
                        SELECT j.id, j.title, e.name || COALESCE(' · ' || j.location, '')
                          FROM job j JOIN employer e ON e.id = j.employer_id""";
            };
            String idColumn = entry.getKey() == SearchKind.JOB ? "j.id" : "id";
            String in = entry.getValue().stream().map(x -> "?").collect(Collectors.joining(","));
            List<Long> list = new ArrayList<>(entry.getValue());
            for (SearchHit hit : tx.query(sql + " WHERE " + idColumn + " IN (" + in + ")", st -> {
                for (int i = 0; i < list.size(); i++) {
                    st.setLong(i + 1, list.get(i));
                }
            }, rs -> new SearchHit(entry.getKey(), rs.getLong(1), rs.getString(2),
                    rs.getString(3)))) {
                byId.put(hit.id(), hit);
            }
            for (Long id : list) {
                SearchHit hit = byId.get(id);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        return hits;
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
