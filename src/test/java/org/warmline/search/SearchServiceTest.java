package org.warmline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.testing.DbTest;

@DbTest
class SearchServiceTest {
    private final SearchIndex index = new SearchIndex();

    private long candidate(Database db, String first, String last, String email, String skills) {
        return db.inTransaction(tx -> {
            long id = tx.insert("""
                    INSERT INTO candidate (first_name, last_name, email, status, sort_name,
                                           created_at, updated_at)
                    VALUES (?, ?, ?, 'ACTIVE', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", st -> {
                st.setString(1, first);
                st.setString(2, last);
                st.setString(3, email);
                st.setString(4, last + " " + first);
            });
            index.replace(tx, SearchKind.CANDIDATE, id, List.of(first, last, email, skills),
                    SearchIndex.nameTerms(first, last));
            return id;
        });
    }

    @Test
    void findsByFoldedPrefixOfAnyWord(Database db) {
        long zoe = candidate(db, "Zoë", "Ødegård", "zoe.odegard@example.no", "Java, AWS");
        long fang = candidate(db, "芳", "王", "wang.fang@example.cn", "Kotlin");
        SearchService search = new SearchService(db);

        assertThat(ids(search.find("zoe", 10))).containsExactly(zoe);
        assertThat(ids(search.find("ODEG", 10))).containsExactly(zoe);
        assertThat(ids(search.find("王", 10))).containsExactly(fang);
        assertThat(ids(search.find("wang.f", 10))).containsExactly(fang);
        assertThat(ids(search.find("kot", 10))).containsExactly(fang);
        assertThat(search.find("zoe", 10).get(0).title()).isEqualTo("Zoë Ødegård");
    }

    @Test
    void everyWordMustMatchTheSameRecord(Database db) {
        long zoe = candidate(db, "Zoë", "Ødegård", "zoe@example.no", "Java");
        candidate(db, "Zoltan", "Varga", "zoltan@example.hu", "Python");
        SearchService search = new SearchService(db);

        assertThat(ids(search.find("zo java", 10))).containsExactly(zoe);
        assertThat(search.find("zo", 10)).hasSize(2);
        assertThat(search.find("zo rust", 10)).isEmpty();
    }

    @Test
    void reindexingReplacesOldTermsAndLimitsAreRespected(Database db) {
        long id = candidate(db, "Ana", "Ribeiro", "ana@example.com", "Java");
        db.inTransaction(tx -> {
            index.replace(tx, SearchKind.CANDIDATE, id, List.of("Ana", "Costa"));
            return null;
        });
        SearchService search = new SearchService(db);
        assertThat(search.find("ribeiro", 10)).isEmpty();
        assertThat(ids(search.find("costa", 10))).containsExactly(id);
        for (int i = 0; i < 5; i++) {
            candidate(db, "Ana" + i, "Moreau", "a" + i + "@example.com", "");
        }
        assertThat(search.find("ana", 3)).hasSize(3);
        assertThat(search.find("   ", 3)).isEmpty();
        assertThat(search.find("100%_", 3)).isEmpty();
    }

    @Test
    void aWholeNameTypedEitherWayRoundIsOneLookup(Database db) {
        long zoe = candidate(db, "Zoë", "Ødegård", "zoe@example.no", "Java");
        candidate(db, "Zoë", "Varga", "zv@example.hu", "Java");
        SearchService search = new SearchService(db);

        assertThat(ids(search.find("Zoe  Ode", 10))).containsExactly(zoe);
        assertThat(ids(search.find("ødegård zo", 10))).containsExactly(zoe);
        // Words from different fields still meet in the same record.
        assertThat(ids(search.find("odegard java", 10))).containsExactly(zoe);
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
