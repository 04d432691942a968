package org.warmline.app.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.warmline.platform.db.Tx;

/**
 * Simulates each candidate's submissions through the default stages (ids 1..8 of the
 * baseline): most are rejected along the way, some withdraw, a few are placed, and those on
 * open jobs may still be in progress today. Every move becomes a history row (the timelines
 * show these as stage changes).
 */
final class DemoPipeline {
    private static final long SOURCED = 1;
    private static final long SUBMITTED = 2;
    private static final long OFFER = 5;
    private static final long PLACED = 6;
    private static final long REJECTED = 7;
    private static final long WITHDRAWN = 8;
    /** Chance (percent) to advance from stage i to the next one. */
    private static final int[] ADVANCE = {0, 85, 45, 50, 45, 70};

    private final Random random;
    private final LocalDate today;
    private final ZoneId zone;
    private final java.time.Instant now;
    private final List<DemoAgency.JobInfo> jobs;

    record Counts(long submissions, long placements, long rejections) {
    }

    /** The CSV tables of the pipeline, loaded together in foreign-key order. */
    static final class Tables implements AutoCloseable {
        final CsvTable submission;
        final CsvTable history;
        final CsvTable placement;
        final CsvTable activity;
        final CsvTable closure;
        final DemoFeedback feedback;
        long placements;
        long rejections;

        Tables(Path work) throws IOException {
            submission = new CsvTable(work, "submission",
                    "id, candidate_id, job_id, stage_id, stage_changed_at, created_at, created_by");
            history = new CsvTable(work, "submission_stage_history",
                    "id, submission_id, from_stage_id, to_stage_id, changed_at, changed_by");
            placement = new CsvTable(work, "placement",
                    "submission_id, start_date, salary, fee, currency, created_at");
            feedback = new DemoFeedback(work);
            closure = new CsvTable(work, "submission_closure",
                    "id, submission_id, outcome, ended_by, reason_id, not_about_candidate, from_stage_id, closed_at, closed_by");
            activity = new CsvTable(work, "activity",
                    "id, kind, occurred_at, recruiter_id, candidate_id, employer_id, job_id, submission_id, summary");
        }

        /** Loads the tables others refer to. */
        void loadCore(Tx tx) throws SQLException, IOException {
            submission.load(tx);
            placement.load(tx);
            closure.load(tx);
            feedback.load(tx);
        }

        /** The tables no other table refers to, which may load in parallel. */
        List<CsvTable> independent() throws IOException {
            history.close();
            activity.close();
            return List.of(history, activity);
        }

        Counts counts() {
            return new Counts(submission.rows(), placements, rejections);
        }

        @Override
        public void close() throws IOException {
            submission.close();
            history.close();
            placement.close();
            closure.close();
            feedback.close();
            activity.close();
        }
    }

    DemoPipeline(Random random, Clock clock, List<DemoAgency.JobInfo> jobs) {
        this.random = random;
        this.today = LocalDate.now(clock);
        this.zone = clock.getZone();
        this.now = clock.instant();
        this.jobs = jobs;
    }

    Tables open(Path work) throws IOException {
        return new Tables(work);
    }

    /** Writes a logged call or note about a candidate, by their owner. */
    void note(Tables t, long candidateId, long owner, Random r, String summary) throws IOException {
        LocalDate day = today.minusDays(r.nextInt(60));
        t.activity.row(t.activity.rows() + 1, r.nextBoolean() ? "CALL" : "NOTE",
                DemoAgency.ts(day, zone, r, now), owner, candidateId, null, null, null, summary);
    }

    /** Writes 1..5 submissions (3 on average) of one candidate; true if one was placed. */
    boolean submissions(Tables t, long candidateId, long owner, Random r) throws IOException {
        int n = 1 + r.nextInt(5);
        Set<Integer> used = new HashSet<>();
        boolean placed = false;
        for (int k = 0; k < n; k++) {
            int jobIndex = r.nextInt(jobs.size());
            if (!used.add(jobIndex)) {
                continue;
            }
            placed |= one(t, candidateId, jobs.get(jobIndex), owner, placed);
        }
        return placed;
    }

    private boolean one(Tables t, long candidateId, DemoAgency.JobInfo job, long by,
                        boolean alreadyPlaced) throws IOException {
        long submissionId = t.submission.rows() + 1;
        LocalDate day = job.opened().plusDays(random.nextInt(20));
        if (day.isAfter(today)) {
            day = today;
        }
        long stage = random.nextInt(5) == 0 ? SOURCED : SUBMITTED;
        currentContact = job.contactId();
        employerOf = job.employerId();
        boolean jobOpen = job.status().equals("OPEN") || job.status().equals("ON_HOLD");
        Timestamp created = DemoAgency.ts(day, zone, random, now);
        move(t, submissionId, null, stage, created, by);
        Timestamp changed = created;
        while (true) {
            LocalDate next = day.plusDays(2 + random.nextInt(9));
            if (next.isAfter(today)) {
                if (jobOpen) {
                    break;
                }
                next = today;
            }
            int roll = random.nextInt(100);
            long to;
            if (stage == OFFER && roll < ADVANCE[(int) OFFER] && !alreadyPlaced && !jobOpen
                    && job.status().equals("FILLED")) {
                to = PLACED;
            } else if (stage < OFFER && roll < ADVANCE[(int) stage]) {
                to = stage + 1;
            } else if (jobOpen && roll < 92 && stage >= 3 && !day.isBefore(today.minusDays(21))) {
                // Open jobs keep recent interviews in progress; old ones have been decided.
                break;
            } else {
                to = random.nextInt(8) == 0 ? WITHDRAWN : REJECTED;
            }
            day = next;
            changed = DemoAgency.ts(day, zone, random, now);
            move(t, submissionId, stage, to, changed, by);
            if (to == REJECTED || to == WITHDRAWN) {
                close(t, submissionId, stage, to, changed, by);
            }
            stage = to;
            if (to == PLACED || to == REJECTED || to == WITHDRAWN) {
                break;
            }
        }
        if (stage == REJECTED) {
            t.rejections++;
        }
        if (stage == PLACED) {
            t.placements++;
            int salary = job.salaryMin() + random.nextInt(job.salaryMax() - job.salaryMin() + 1);
            salary = salary / 500 * 500;
            t.placement.row(submissionId, day.plusDays(21 + random.nextInt(30)).toString(),
                    DemoAgency.money(salary), BigDecimal.valueOf(salary).multiply(BigDecimal.valueOf(0.18))
                            .setScale(2, java.math.RoundingMode.HALF_UP), "GBP", changed);
        }
        t.submission.row(submissionId, candidateId, job.id(), stage, changed, created, by);
        return stage == PLACED;
    }

    /** Reasons as seeded in V002 (ids), those flagged "not about the candidate", and weights. */
    private static final long[] REJECT_REASONS = {1, 1, 1, 2, 2, 3, 4, 5, 6, 6, 7, 9};
    private static final long[] WITHDRAW_REASONS = {8, 8, 3, 9};
    private static final java.util.Set<Long> NOT_ABOUT_CANDIDATE = java.util.Set.of(3L, 4L, 5L, 6L, 8L);

    private void close(Tables t, long submissionId, long from, long to, Timestamp at, long by)
            throws IOException {
        boolean rejected = to == REJECTED;
        long[] reasons = rejected ? REJECT_REASONS : WITHDRAW_REASONS;
        long reason = reasons[random.nextInt(reasons.length)];
        String endedBy = !rejected ? "CANDIDATE" : random.nextInt(7) == 0 ? "AGENCY" : "EMPLOYER";
        long closureId = t.closure.rows() + 1;
        t.closure.row(closureId, submissionId, rejected ? "REJECTED" : "WITHDRAWN",
                endedBy, reason, NOT_ABOUT_CANDIDATE.contains(reason), from, at, by);
        if (from >= 3) {
            t.feedback.candidateView(random, submissionId, employerOf, at.toInstant(), zone, by);
        }
        if (rejected) {
            t.feedback.afterRejection(random, submissionId, closureId, currentContact,
                    at.toInstant(), now, by);
        }
    }

    /** The employer contact of the submission being written, asked for its feedback. */
    private long currentContact;
    /** The employer of the submission being written. */
    private long employerOf;

    private static void move(Tables t, long submissionId, Long from, long to, Timestamp at,
                             long by) throws IOException {
        long historyId = t.history.rows() + 1;
        t.history.row(historyId, submissionId, from, to, at, by);
    }
}
