package org.warmline.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.ChangeFeed;
import org.warmline.platform.event.RecordChanged;
import org.warmline.testing.DbTest;

/** The transaction journal and the feed that turns other clients' commits into list refreshes. */
@DbTest
class ChangeFeedTest {
    private static final String ADD = "INSERT INTO recruiter (login, display_name) VALUES (?, ?)";

    private static List<TxJournal.Entry> journal(Database db) {
        return db.read(tx -> TxJournal.since(tx, 0));
    }

    /** A write as another client would make it: same journal, another origin. */
    private static void otherClientWrites(Database db, String table) {
        db.inTransaction(tx -> {
            TxJournal.write(tx, java.util.UUID.randomUUID().toString(),
                    "00000000-0000-0000-0000-00000000beef", List.of(table));
            return null;
        });
    }

    @Test
    void everyWriteTransactionIsJournalledWithTheTablesItChangedAndReadsAreNot(Database db) {
        assertThat(db.journalling()).isTrue();
        long before = journal(db).size();
        db.inTransaction(tx -> {
            long id = tx.insert(ADD, st -> {
                st.setString(1, "zoe");
                st.setString(2, "Zoë Ødegård");
            });
            return tx.update("UPDATE recruiter SET display_name = ? WHERE id = ?", st -> {
                st.setString(1, "王芳");
                st.setLong(2, id);
            });
        });
        db.read(tx -> tx.queryLong("SELECT COUNT(*) FROM recruiter", Binder.NONE));
        db.inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM recruiter", Binder.NONE));

        List<TxJournal.Entry> entries = journal(db);
        assertThat(entries).hasSize((int) before + 1);
        TxJournal.Entry last = entries.get(entries.size() - 1);
        assertThat(last.tables()).containsExactly("recruiter");
        assertThat(last.origin()).isEqualTo(db.origin());
    }

    @Test
    void theFeedPublishesOtherClientsTablesOnceAndSkipsOwnChanges(Database db) {
        List<RecordChanged> published = new CopyOnWriteArrayList<>();
        AppEvents events = AppEvents.direct();
        events.subscribe(RecordChanged.class, published::add);
        otherClientWrites(db, "job");
        try (ChangeFeed feed = new ChangeFeed(db, events, Clock.systemUTC())) {
            assertThat(feed.poll()).isEmpty();

            db.inTransaction(tx -> tx.insert(ADD, st -> {
                st.setString(1, "zoe");
                st.setString(2, "Zoë");
            }));
            otherClientWrites(db, "candidate");
            otherClientWrites(db, "employer");

            assertThat(feed.poll()).containsExactly("candidate", "employer");
            assertThat(feed.poll()).isEmpty();
        }
        assertThat(published).containsExactly(new RecordChanged("candidate", 0),
                new RecordChanged("employer", 0));
    }

    @Test
    void aRunningFeedDeliversWithinSeconds(Database db) throws Exception {
        List<RecordChanged> published = new CopyOnWriteArrayList<>();
        AppEvents events = AppEvents.direct();
        events.subscribe(RecordChanged.class, published::add);
        try (ChangeFeed feed = new ChangeFeed(db, events, Clock.systemUTC())
                .start(Duration.ofMillis(200))) {
            Thread.sleep(400);
            otherClientWrites(db, "candidate");
            for (int i = 0; i < 100 && published.isEmpty(); i++) {
                Thread.sleep(50);
            }
        }
        assertThat(published).containsExactly(new RecordChanged("candidate", 0));
    }

    @Test
    void oldEntriesArePruned(Database db) {
        otherClientWrites(db, "candidate");
        int pruned = db.inTransaction(tx -> TxJournal.prune(tx, Instant.now().plusSeconds(60)));
        assertThat(pruned).isPositive();
        assertThat(journal(db)).isEmpty();
    }
}
