package org.warmline.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.warmline.platform.db.Tx;
import org.warmline.platform.text.Normalize;

/**
 * Keeps SEARCH_TERM in step with the records it indexes. Services call {@link #replace} inside
 * the transaction that saves the record, so the index is never out of date.
 */
public final class SearchIndex {
    static final int MAX_TERM = 100;
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}@.+_-]+");
    private static final String DELETE = "DELETE FROM search_term WHERE kind = ? AND entity_id = ?";
    private static final String INSERT =
            "INSERT INTO search_term (kind, entity_id, term) VALUES (?, ?, ?)";
    private static final String CURRENT =
            "SELECT term FROM search_term WHERE kind = ? AND entity_id = ?";
    private static final String DELETE_TERM =
            "DELETE FROM search_term WHERE kind = ? AND entity_id = ? AND term = ?";

    /**
     * The terms for some texts: each folded word, plus e-mail addresses whole and by the parts
     * of their local part, and the words inside dotted or hyphenated names.
     */
    public static Set<String> terms(Collection<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String word : SPLIT.split(Normalize.fold(text))) {
                addWord(terms, word);
            }
        }
        return terms;
    }

    /**
     * A person's whole name both ways round ("zoe odegard", "odegard zoe"), stored as terms so
     * that "Zoë Ødeg" is one index range instead of two word lists to intersect.
     */
    public static Set<String> nameTerms(String first, String last) {
        Set<String> terms = new LinkedHashSet<>();
        String f = phrase(first);
        String l = phrase(last);
        if (!f.isEmpty() && !l.isEmpty()) {
            add(terms, f + " " + l);
            add(terms, l + " " + f);
        }
        return terms;
    }

    /** Folded text with runs of white space made one space: how a typed name is looked up. */
    static String phrase(String text) {
        return text == null ? "" : Normalize.fold(text).replaceAll("\\s+", " ").strip();
    }

    /** Query words, folded the same way as the indexed terms. */
    static String[] queryWords(String query) {
        return SPLIT.split(Normalize.fold(query).strip());
    }

    private static void addWord(Set<String> terms, String word) {
        String w = trimPunctuation(word);
        if (w.isEmpty()) {
            return;
        }
        add(terms, w);
        int at = w.indexOf('@');
        if (at > 0) {
            String local = w.substring(0, at);
            add(terms, local);
            for (String part : local.split("[._+-]")) {
                add(terms, part);
            }
            // Not the domain on its own: every candidate at a web-mail provider would share it.
        } else if (w.matches(".*[._-].*")) {
            for (String part : w.split("[._-]")) {
                add(terms, part);
            }
        }
    }

    private static String trimPunctuation(String w) {
        int start = 0;
        int end = w.length();
        while (start < end && ".-_+".indexOf(w.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ".-_+".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(start, end);
    }

    private static void add(Set<String> terms, String term) {
        if (!term.isEmpty()) {
            terms.add(term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term);
        }
    }

    /** Replaces the indexed terms of one record with the terms of {@code texts}. */
    public void replace(Tx tx, SearchKind kind, long id, Collection<String> texts)
            throws SQLException {
        replace(tx, kind, id, texts, Set.of());
    }

    /**
     * As {@link #replace(Tx, SearchKind, long, Collection)}, plus ready-made terms (names). Only
     * the terms that changed are written, so a save that leaves the indexed fields alone (a
     * note, a status) touches the index not at all, and concurrent saves contend less.
     */
    public void replace(Tx tx, SearchKind kind, long id, Collection<String> texts,
                        Set<String> extraTerms) throws SQLException {
        Set<String> wanted = terms(texts);
        wanted.addAll(extraTerms);
        String code = String.valueOf(kind.code());
        Set<String> current = new HashSet<>(tx.query(CURRENT, st -> {
            st.setString(1, code);
            st.setLong(2, id);
        }, rs -> rs.getString(1)));
        Set<String> gone = new HashSet<>(current);
        gone.removeAll(wanted);
        wanted.removeAll(current);
        write(tx, DELETE_TERM, code, id, gone);
        write(tx, INSERT, code, id, wanted);
    }

    private static void write(Tx tx, String sql, String code, long id, Set<String> terms)
            throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
            for (String term : terms) {
                st.setString(1, code);
                st.setLong(2, id);
                st.setString(3, term);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Removes a record from the index. */
    public void remove(Tx tx, SearchKind kind, long id) throws SQLException {
        tx.update(DELETE, st -> {
            st.setString(1, String.valueOf(kind.code()));
            st.setLong(2, id);
        });
    }
}
