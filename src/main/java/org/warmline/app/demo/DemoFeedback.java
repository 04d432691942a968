package org.warmline.app.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.warmline.platform.db.Tx;

/**
 * The employer feedback of the sample's rejections, in every state: older rejections were
 * mostly handled (relayed, or no reply after a request and a reminder), recent ones are still
 * being chased, and a few were never asked about.
 */
final class DemoFeedback implements AutoCloseable {
    private static final List<String[]> TEXTS = List.of(
            new String[] {"Strong on Java, but we went with someone who has run Kubernetes in production.",
                "The team liked your Java depth; they chose someone with more hands-on Kubernetes. Worth building on."},
            new String[] {"Good interview. The salary gap was too wide for our budget this year.",
                "They enjoyed meeting you; the decision came down to their budget, not your interview."},
            new String[] {"We promoted an internal candidate in the end.",
                "They filled the role internally. It was not about you, and they would be glad to hear from you again."},
            new String[] {"Communication was great; the system design answer lacked depth on scaling.",
                "They praised how you communicate; next time, go deeper on how a design scales."},
            new String[] {"Another candidate was further along with our stack (Kafka, Scala).",
                "Another candidate had more Kafka and Scala experience. Your background was a close second."});
    private static final String[] CHANNELS = {"EMAIL", "EMAIL", "PHONE", "LETTER"};
    private static final String[] VIEWS = {"Quick replies and a friendly panel.",
            "Three weeks of silence between rounds.", "The technical test was fair and relevant.",
            "Nobody had read my CV before the interview.", "Clear about the next steps from day one."};
    private final CsvTable feedback;
    private final CsvTable reminders;
    private final CsvTable views;

    DemoFeedback(Path work) throws IOException {
        feedback = new CsvTable(work, "employer_feedback",
                "id, submission_id, closure_id, kind, state, requested_at, requested_via, "
                        + "requested_contact_id, requested_by, reminders, last_reminded_at, received_at, "
                        + "received_contact_id, verbatim_text, candidate_text, relayed_at, relayed_via, "
                        + "relayed_by, relayed_text, no_reply_at, created_at, updated_at");
        reminders = new CsvTable(work, "feedback_reminder",
                "id, feedback_id, reminded_at, via, reminded_by");
        views = new CsvTable(work, "candidate_feedback",
                "id, submission_id, speed, communication, interview, comments, given_on, "
                        + "recorded_by, created_at");
    }

    /**
     * Sometimes records the candidate's view of the employer's process after an interview;
     * each employer has its own leaning, so scorecards differ.
     */
    void candidateView(Random r, long submissionId, long employerId, Instant at, java.time.ZoneId zone,
                       long by) throws IOException {
        if (r.nextInt(3) != 0) {
            return;
        }
        int lean = (int) (employerId % 3) - 1;
        views.row(views.rows() + 1, submissionId, score(r, lean), score(r, lean), score(r, 0),
                VIEWS[r.nextInt(VIEWS.length)], at.atZone(zone).toLocalDate().toString(), by, ts(at));
    }

    private static int score(Random r, int lean) {
        return Math.max(1, Math.min(5, 3 + lean + r.nextInt(3) - 1));
    }

    /** Writes (or, for a few recent ones, leaves unwritten) the feedback of one rejection. */
    void afterRejection(Random r, long submissionId, long closureId, long contact,
                        Instant rejectedAt, Instant now, long by) throws IOException {
        long ageDays = Duration.between(rejectedAt, now).toDays();
        int roll = r.nextInt(100);
        if (ageDays < 3 && roll < 50 || ageDays >= 3 && ageDays < 30 && roll < 4) {
            return; // not requested (yet)
        }
        Instant requested = min(rejectedAt.plus(Duration.ofHours(4 + r.nextInt(40))), now);
        String via = CHANNELS[r.nextInt(CHANNELS.length)];
        String[] text = TEXTS.get(r.nextInt(TEXTS.size()));
        long id = feedback.rows() + 1;
        String state = state(r, ageDays, roll);
        Instant reminded = null;
        int count = 0;
        if (!state.equals("REQUESTED") && (state.equals("REMINDED") || r.nextInt(3) == 0
                || state.equals("NO_REPLY"))) {
            count = 1;
            reminded = min(requested.plus(Duration.ofDays(5)), now);
            reminders.row(reminders.rows() + 1, id, ts(reminded), via, by);
        }
        Instant received = has(state, "RECEIVED", "RELAYED")
                ? min(requested.plus(Duration.ofDays(2 + r.nextInt(6))), now) : null;
        Instant relayed = state.equals("RELAYED")
                ? min(received.plus(Duration.ofHours(6 + r.nextInt(40))), now) : null;
        Instant noReply = state.equals("NO_REPLY") ? min(requested.plus(Duration.ofDays(10)), now)
                : null;
        Instant updated = max(requested, reminded, received, relayed, noReply);
        feedback.row(id, submissionId, closureId, "REJECTION", state, ts(requested), via, contact,
                by, count, ts(reminded), ts(received), received == null ? null : contact,
                received == null ? null : text[0], relayed == null ? null : text[1], ts(relayed),
                relayed == null ? null : "EMAIL", relayed == null ? null : by,
                relayed == null ? null : text[1], ts(noReply), ts(requested), ts(updated));
    }

    private static String state(Random r, long ageDays, int roll) {
        if (ageDays < 5) {
            return roll < 75 ? "REQUESTED" : "RECEIVED";
        }
        if (ageDays < 12) {
            return roll < 40 ? "REMINDED" : roll < 70 ? "RECEIVED" : "RELAYED";
        }
        if (ageDays < 30) {
            return roll < 72 ? "RELAYED" : roll < 92 ? "NO_REPLY" : "RECEIVED";
        }
        // A well-run agency: older rejections were all closed one way or the other.
        return roll < 76 ? "RELAYED" : "NO_REPLY";
    }

    void load(Tx tx) throws SQLException, IOException {
        feedback.load(tx);
        reminders.load(tx);
        views.load(tx);
    }

    @Override
    public void close() throws IOException {
        feedback.close();
        reminders.close();
        views.close();
    }

    private static boolean has(String state, String... any) {
        return List.of(any).contains(state);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant... all) {
        Instant latest = null;
        for (Instant i : all) {
            if (i != null && (latest == null || i.isAfter(latest))) {
                latest = i;
            }
        }
        return latest;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : DemoAgency.ts(instant);
    }
}
