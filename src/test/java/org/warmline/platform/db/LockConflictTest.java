package org.warmline.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.warmline.testing.DbTest;

/** Two connections fighting over the same rows on the real database. */
@DbTest
class LockConflictTest {
    private static final String RENAME =
            "UPDATE recruiter SET display_name = display_name || ? WHERE login = ?";

    private static void twoRecruiters(Database db) {
        db.inTransaction(tx -> {
            tx.insert("INSERT INTO recruiter (login, display_name) VALUES ('zoe', 'Zoë')",
                    Binder.NONE);
            return tx.insert("INSERT INTO recruiter (login, display_name) VALUES ('fang', '王芳')",
                    Binder.NONE);
        });
        db.inTransaction(tx -> tx.update(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '1')",
                Binder.NONE));
        db.inTransaction(tx -> tx.update(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '2')",
                Binder.NONE));
    }

    private static String name(Database db, String login) {
        return db.read(tx -> tx.queryOne("SELECT display_name FROM recruiter WHERE login = ?",
                st -> st.setString(1, login), rs -> rs.getString(1))).orElseThrow();
    }

    /** Updates {@code first} then {@code second}; the first attempt meets the other thread. */
    private static CompletableFuture<Integer> crosswise(Database db, CyclicBarrier meet,
                                                        String first, String second, String tag) {
        AtomicInteger attempts = new AtomicInteger();
        return CompletableFuture.supplyAsync(() -> db.inTransaction(tx -> {
            tx.update(RENAME, st -> {
                st.setString(1, tag);
                st.setString(2, first);
            });
            if (attempts.incrementAndGet() == 1) {
                try {
                    meet.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            tx.update(RENAME, st -> {
                st.setString(1, tag);
                st.setString(2, second);
            });
            return attempts.get();
        }));
    }

    @Test
    void aDeadlockVictimIsRetriedAndBothSavesLand(Database db) throws Exception {
        twoRecruiters(db);
        CyclicBarrier meet = new CyclicBarrier(2);

        CompletableFuture<Integer> a = crosswise(db, meet, "zoe", "fang", "+a");
        CompletableFuture<Integer> b = crosswise(db, meet, "fang", "zoe", "+b");
        int attemptsA = a.get(60, TimeUnit.SECONDS);
        int attemptsB = b.get(60, TimeUnit.SECONDS);

        assertThat(attemptsA + attemptsB).isEqualTo(3);
        assertThat(db.deadlockRetries()).isEqualTo(1);
        assertThat(name(db, "zoe")).startsWith("Zoë").contains("+a").contains("+b").hasSize(7);
        assertThat(name(db, "fang")).startsWith("王芳").contains("+a").contains("+b").hasSize(6);
    }

    @Test
    void aRowHeldTooLongIsReportedAsBusyAndNothingIsWritten(Database db) throws Exception {
        twoRecruiters(db);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> db.inTransaction(tx -> {
            int n = tx.update(RENAME, st -> {
                st.setString(1, "+held");
                st.setString(2, "zoe");
            });
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return n;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        try {
            assertThatThrownBy(() -> db.inTransaction(tx -> tx.update(RENAME, st -> {
                st.setString(1, "+late");
                st.setString(2, "zoe");
            }))).isInstanceOf(RecordBusyException.class)
                    .satisfies(e -> assertThat(((RecordBusyException) e).sqlState())
                            .isEqualTo("40XL1"));
        } finally {
            release.countDown();
        }
        assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(name(db, "zoe")).isEqualTo("Zoë+held");
    }
}
