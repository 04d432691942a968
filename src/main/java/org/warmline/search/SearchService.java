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
    private static final int MAX_WORD_MATCHES = 20_000;
    private static final int SMALL_DRIVER = 200;
    private final Database db;

    public SearchService(Database db) {
        this.db = db;
    }

    /**
     * Up to {@code limit} records matching every word of {@code query}; empty for a blank query.
     * When the words begin a candidate's whole name ("zoe ode", either way round), those
     * candidates are the answer.
     */
    public List<SearchHit> find(String query, int limit) {
        String[] words = Arrays.stream(SearchIndex.queryWords(query == null ? "" : query))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length == 0 || limit <= 0) {
            return List.of();
        }
        // The longest word is the most selective one to drive the index scan.
        Arrays.sort(words, Comparator.comparingInt(String::length).reversed());
        String phrase = SearchIndex.phrase(query);
        return db.read(tx -> {
            Map<SearchKind, Set<Long>> ids = words.length == 1 ? matchingIds(tx, words, limit)
                    : fullNames(tx, phrase, limit);
            if (ids.isEmpty() && words.length > 1) {
                ids = intersection(tx, words, limit);
            }
            return describe(tx, ids);
        });
    }

    /** People whose whole name starts with the typed words ("zoe ode"), from the name terms. */
    private static Map<SearchKind, Set<Long>> fullNames(Tx tx, String phrase, int limit)
            throws SQLException {
        return matchingIds(tx, new String[] {phrase}, limit);
    }

    /**
     * Several words: each word's matches come from an index-only range scan, and the sets are
     * intersected here, which beats checking the other words record by record when the
     * longest word is common (a frequent first name). A word matching more than
     * {@value #MAX_WORD_MATCHES} entries falls back to the record-by-record check.
     */
    private static Map<SearchKind, Set<Long>> intersection(Tx tx, String[] words, int limit)
            throws SQLException {
        Set<String> common = null;
        for (String word : words) {
            Set<String> keys = keys(tx, word);
            if (keys == null || common == null && keys.size() <= SMALL_DRIVER) {
                // Too common to collect, or the first word alone is selective enough.
                return matchingIds(tx, words, limit);
            }
            if (common == null) {
                common = keys;
            } else {
                common.retainAll(keys);
            }
        }
        Map<SearchKind, Set<Long>> ids = new EnumMap<>(SearchKind.class);
        int found = 0;
        for (String key : common) {
            if (found++ == limit) {
                break;
            }
            ids.computeIfAbsent(SearchKind.of(key.charAt(0)), k -> new LinkedHashSet<>())
                    .add(Long.parseLong(key.substring(1)));
        }
        return ids;
    }

    /** "C123"-style keys of everything a word is a prefix of, in term order; null if too many. */
    private static Set<String> keys(Tx tx, String word) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        try (PreparedStatement st = tx.connection().prepareStatement(FIRST_WORD)) {
            st.setString(1, escape(word) + "%");
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1) + rs.getLong(2));
                    if (keys.size() > MAX_WORD_MATCHES) {
                        return null;
                    }
                }
            }
        }
        return keys;
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
