package org.warmline.app.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/**
 * The sample's nurture plans: the most recent rejections and placements get the default
 * plans, older steps mostly done (some skipped, some left overdue), and on the day the sample
 * is made a handful of thank-you notes and check-ins are due, among them printed letters.
 */
final class DemoNurture {
    private static final String REJECTIONS = """
            SELECT s.id, s.candidate_id, COALESCE(j.owner_id, c.owner_id) AS owner_id, cl.closed_at
              FROM submission_closure cl
              JOIN submission s ON s.id = cl.submission_id
              JOIN candidate c ON c.id = s.candidate_id
              JOIN job j ON j.id = s.job_id
             WHERE cl.outcome = 'REJECTED' AND cl.undone_at IS NULL AND cl.closed_at >= ?
               AND c.status <> 'DO_NOT_CONTACT' AND c.consent_withdrawn_at IS NULL
             ORDER BY cl.closed_at DESC, s.id""";
    /** How far back the sample's rejection plans start. */
    private static final int REJECTION_DAYS = 120;
    private static final String PLACEMENTS = """
            SELECT s.id, s.candidate_id, COALESCE(j.owner_id, c.owner_id) AS owner_id, p.start_date
              FROM placement p
              JOIN submission s ON s.id = p.submission_id
              JOIN candidate c ON c.id = s.candidate_id
              JOIN job j ON j.id = s.job_id
             WHERE c.status <> 'DO_NOT_CONTACT' AND c.consent_withdrawn_at IS NULL
             ORDER BY p.created_at DESC, s.id
             FETCH FIRST ? ROWS ONLY""";
    private static final String TEMPLATE = """
            SELECT step_kind, channel, offset_days FROM nurture_template_step
             WHERE plan_kind = ? ORDER BY position, id""";
    private static final String INSERT_PLAN = """
            INSERT INTO nurture_plan (candidate_id, submission_id, kind, owner_id, created_at)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_STEP = """
            INSERT INTO nurture_step (plan_id, candidate_id, step_kind, channel, owner_id, due_on,
                                      status, done_at, skip_reason, position, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** How many of the newest rejections have a thank-you due on the day the sample is made. */
    private static final int DUE_TODAY = 12;
    private final Database db;
    private final Clock clock;
    private final Random random;

    /** One plan to write: whose, about which submission, starting when. */
    private record Start(long submission, long candidate, Long owner, Instant at, LocalDate day) {
    }

    private record Step(String kind, String channel, int offset) {
    }

    DemoNurture(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.random = new Random(seed * 31 + 9);
    }

    /** Writes the plans; returns how many. */
    int generate(long candidates) {
        int rejections = (int) Math.min(3_000, 60 + candidates / 40);
        int placements = (int) Math.min(600, 10 + candidates / 200);
        return db.inTransaction(tx -> {
            int plans = 0;
            try (PreparedStatement steps = tx.connection().prepareStatement(INSERT_STEP)) {
                List<Start> rejected = sample(tx, rejections);
                for (int i = 0; i < rejected.size(); i++) {
                    plan(tx, steps, rejected.get(i), "REJECTED", template(tx, "REJECTED"), i);
                    plans++;
                }
                for (Start s : starts(tx, PLACEMENTS, st -> st.setInt(1, placements), true)) {
                    plan(tx, steps, s, "PLACED", template(tx, "PLACED"), Integer.MAX_VALUE);
                    plans++;
                }
                steps.executeBatch();
            }
            return plans;
        });
    }

    /**
     * About {@code wanted} rejections of the last {@value #REJECTION_DAYS} days, spread over
     * them (many of the sample's rejections fall on its last day), newest first.
     */
    private List<Start> sample(Tx tx, int wanted) throws SQLException {
        Instant since = clock.instant().minus(java.time.Duration.ofDays(REJECTION_DAYS));
        List<Start> all = starts(tx, REJECTIONS, st -> SqlTypes.setInstant(st, 1, since), false);
        double keep = Math.min(1.0, (double) wanted / Math.max(1, all.size()));
        List<Start> picked = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i < DUE_TODAY || random.nextDouble() < keep) {
                picked.add(all.get(i));
            }
        }
        return picked;
    }

    private List<Start> starts(Tx tx, String sql, org.warmline.platform.db.Binder binder,
                               boolean placed) throws SQLException {
        return tx.query(sql, binder, rs -> {
            Long owner = SqlTypes.getLong(rs, "owner_id");
            LocalDate day = placed ? SqlTypes.getDate(rs, "start_date")
                    : SqlTypes.getInstant(rs, "closed_at").atZone(clock.getZone()).toLocalDate();
            Instant at = placed ? day.atTime(9, 0).atZone(clock.getZone()).toInstant()
                    : SqlTypes.getInstant(rs, "closed_at");
            return new Start(rs.getLong("id"), rs.getLong("candidate_id"), owner,
                    at.isAfter(clock.instant()) ? clock.instant() : at, day);
        });
    }

    private static List<Step> template(Tx tx, String kind) throws SQLException {
        return tx.query(TEMPLATE, st -> st.setString(1, kind), rs -> new Step(rs.getString("step_kind"),
                rs.getString("channel"), rs.getInt("offset_days")));
    }

    /**
     * One plan and its steps. Among the newest rejections ({@code rank} below
     * {@value #DUE_TODAY}) the thank-you is due today, every other one as a printed letter.
     */
    private void plan(Tx tx, PreparedStatement steps, Start s, String kind, List<Step> template,
                      int rank) throws SQLException {
        long plan = tx.insert(INSERT_PLAN, st -> {
            st.setLong(1, s.candidate());
            st.setLong(2, s.submission());
            st.setString(3, kind);
            SqlTypes.setLong(st, 4, s.owner());
            st.setTimestamp(5, Timestamp.from(s.at()));
        });
        LocalDate today = LocalDate.now(clock);
        int position = 0;
        for (Step step : template) {
            LocalDate due = s.day().plusDays(step.offset());
            String channel = step.channel();
            if (rank < DUE_TODAY && "THANK_YOU".equals(step.kind())) {
                due = today;
                channel = rank % 2 == 0 ? "LETTER" : "EMAIL";
            }
            step(steps, plan, s, step.kind(), channel, due, position += 10, today);
        }
    }

    private void step(PreparedStatement st, long plan, Start s, String kind, String channel,
                      LocalDate due, int position, LocalDate today) throws SQLException {
        String status = "DUE";
        Instant doneAt = null;
        String reason = null;
        if (due.isBefore(today.minusDays(2))) {
            int roll = random.nextInt(100);
            status = roll < 75 ? "DONE" : roll < 85 ? "SKIPPED" : "DUE";
            doneAt = "DUE".equals(status) ? null : due.atTime(10, random.nextInt(60))
                    .atZone(clock.getZone()).toInstant();
            reason = "SKIPPED".equals(status) ? "Candidate asked for no more messages this month" : null;
        }
        Instant now = clock.instant();
        st.setLong(1, plan);
        st.setLong(2, s.candidate());
        st.setString(3, kind);
        st.setString(4, channel);
        SqlTypes.setLong(st, 5, s.owner());
        SqlTypes.setDate(st, 6, due);
        st.setString(7, status);
        SqlTypes.setInstant(st, 8, doneAt);
        SqlTypes.setString(st, 9, reason);
        st.setInt(10, position);
        SqlTypes.setInstant(st, 11, s.at().isAfter(now) ? now : s.at());
        SqlTypes.setInstant(st, 12, doneAt == null ? now : doneAt);
        st.addBatch();
    }
}
