package org.warmline.feedback;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/** Read-only feedback figures for reports; see {@link FeedbackReport} for the definitions. */
public final class FeedbackMetrics {
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
    private static final String FACTS = """
            SELECT cl.closed_at, cl.ended_by, cl.not_about_candidate, rr.name AS reason,
                   fs.name AS stage, f.requested_at, f.received_at, f.relayed_at
              FROM submission_closure cl
              JOIN submission s ON s.id = cl.submission_id
              JOIN stage st ON st.id = s.stage_id AND st.outcome = 'REJECTED'
              JOIN rejection_reason rr ON rr.id = cl.reason_id
              JOIN stage fs ON fs.id = cl.from_stage_id
              LEFT JOIN employer_feedback f ON f.closure_id = cl.id AND f.kind = 'REJECTION'
             WHERE cl.undone_at IS NULL AND cl.outcome = 'REJECTED'
               AND cl.closed_at >= ? AND cl.closed_at < ?""";
    private final Database db;

    /** One rejection and the moments of its feedback (null when not reached). */
    record Fact(Instant closedAt, String endedBy, boolean notAboutCandidate, String reason,
                String stage, Instant requestedAt, Instant receivedAt, Instant relayedAt) {
    }

    public FeedbackMetrics(Database db) {
        this.db = db;
    }

    /** The figures over every rejection. */
    public FeedbackReport report() {
        return report(null, null);
    }

    /** The figures over rejections closed in {@code [from, to)}; null bounds are open. */
    public FeedbackReport report(Instant from, Instant to) {
        return summarise(db.read(tx -> facts(tx, from == null ? EARLIEST : from,
                to == null ? LATEST : to)));
    }

    private static List<Fact> facts(Tx tx, Instant from, Instant to) throws SQLException {
        return tx.query(FACTS, st -> {
            SqlTypes.setInstant(st, 1, from);
            SqlTypes.setInstant(st, 2, to);
        }, rs -> new Fact(SqlTypes.getInstant(rs, "closed_at"), rs.getString("ended_by"),
                rs.getBoolean("not_about_candidate"), rs.getString("reason"),
                rs.getString("stage"), SqlTypes.getInstant(rs, "requested_at"),
                SqlTypes.getInstant(rs, "received_at"), SqlTypes.getInstant(rs, "relayed_at")));
    }

    static FeedbackReport summarise(List<Fact> facts) {
        long requested = count(facts, f -> f.requestedAt() != null);
        long received = count(facts, f -> f.receivedAt() != null);
        long relayed = count(facts, f -> f.relayedAt() != null);
        return new FeedbackReport(facts.size(), new Ratio(requested, facts.size()),
                new Ratio(received, requested), new Ratio(relayed, received),
                new Ratio(count(facts, Fact::notAboutCandidate), facts.size()),
                days(facts, Fact::closedAt, Fact::requestedAt),
                days(facts, Fact::requestedAt, Fact::receivedAt),
                days(facts, Fact::receivedAt, Fact::relayedAt),
                byReasonAndStage(facts), byEndedBy(facts));
    }

    private static long count(List<Fact> facts, Predicate<Fact> p) {
        return facts.stream().filter(p).count();
    }

    private static Spread days(List<Fact> facts, Function<Fact, Instant> from,
                               Function<Fact, Instant> to) {
        List<Long> days = new ArrayList<>();
        for (Fact f : facts) {
            if (from.apply(f) != null && to.apply(f) != null) {
                days.add(Duration.between(from.apply(f), to.apply(f)).toDays());
            }
        }
        return Spread.of(days);
    }

    private static List<ReasonCount> byReasonAndStage(List<Fact> facts) {
        Map<List<String>, Long> counts = new TreeMap<>(Comparator
                .comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        facts.forEach(f -> counts.merge(List.of(f.reason(), f.stage()), 1L, Long::sum));
        List<ReasonCount> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(new ReasonCount(k.get(0), k.get(1), n)));
        return rows;
    }

    private static Map<String, Long> byEndedBy(List<Fact> facts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        facts.stream().map(Fact::endedBy).sorted()
                .forEach(e -> counts.merge(e, 1L, Long::sum));
        return counts;
    }
}
