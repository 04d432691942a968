package org.warmline.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.Session;

/**
 * The candidate's side: their view of each employer's hiring process (speed, communication,
 * interview, 1–5) and the per-employer scorecard built from those views, the pipeline history
 * and the feedback the employer gave.
 */
public final class CandidateViewService {
    /** The {@link RecordChanged} kind published after a view is added. */
    public static final String KIND = "candidate_feedback";
    private final Database db;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final ScorecardRepository repo = new ScorecardRepository();

    public CandidateViewService(Database db, Session session, AppEvents events, Clock clock) {
        this.db = db;
        this.session = session;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a candidate's view by the signed-in recruiter. Throws ValidationException
     * (fields submission, speed, communication, interview, comments, givenOn).
     */
    public CandidateView add(NewCandidateView view) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = view.givenOn() == null ? today : view.givenOn();
        String comments = view.comments() == null || view.comments().isBlank() ? null
                : view.comments().strip();
        new Validator().check(view.submission() != null, "submission", "validation.required")
                .check(score(view.speed()), "speed", "feedback.error.score")
                .check(score(view.communication()), "communication", "feedback.error.score")
                .check(score(view.interview()), "interview", "feedback.error.score")
                .maxLength("comments", comments, FeedbackRules.MAX_TEXT)
                .check(!on.isAfter(today), "givenOn", "feedback.error.future")
                .throwIfInvalid();
        CandidateView saved = db.inTransaction(tx -> repo.find(tx, repo.insert(tx, view,
                comments, on, session.recruiterId(), clock.instant())));
        events.publish(new RecordChanged(KIND, saved.id()));
        return saved;
    }

    /** A candidate's views of the employers they met, newest first. */
    public List<CandidateView> viewsOf(CandidateId candidate) {
        return db.read(tx -> repo.viewsOf(tx, candidate));
    }

    /** All candidates' views of one employer, newest first. */
    public List<CandidateView> viewsOf(EmployerId employer) {
        return db.read(tx -> repo.viewsOf(tx, employer));
    }

    /** The candidate's submissions, newest first, to attach a view to. */
    public List<SubmissionChoice> submissionsOf(CandidateId candidate) {
        return db.read(tx -> repo.submissionsOf(tx, candidate));
    }

    /**
     * The employer's scorecard. Days to decision run from the first interview to the decision
     * (the live closure, or the placement) of each decided submission. The first interview is
     * the first move into a stage whose name starts with "Interview" (any case); when a
     * submission never entered such a stage, the first move into an in-progress stage placed
     * after the stage named "Submitted". Submissions without either are not measured.
     */
    public EmployerScorecard scorecard(EmployerId employer) {
        return db.read(tx -> {
            List<CandidateView> views = repo.viewsOf(tx, employer);
            Spread toDecision = Spread.of(daysToDecision(repo.history(tx, employer),
                    repo.decisions(tx, employer), repo.submittedPosition(tx)));
            List<ScorecardRepository.Request> requests = repo.requests(tx, employer);
            List<Long> toFeedback = new ArrayList<>();
            long replied = 0;
            for (ScorecardRepository.Request r : requests) {
                if (r.receivedAt() != null) {
                    replied++;
                    toFeedback.add(Duration.between(r.requestedAt(), r.receivedAt()).toDays());
                }
            }
            return new EmployerScorecard(employer, views.size(),
                    average(views, CandidateView::speed),
                    average(views, CandidateView::communication),
                    average(views, CandidateView::interview), toDecision,
                    new Ratio(replied, requests.size()), Spread.of(toFeedback),
                    repo.reasons(tx, employer));
        });
    }

    static List<Long> daysToDecision(List<ScorecardRepository.Move> moves,
                                     List<ScorecardRepository.Decision> decisions,
                                     Integer submittedPosition) {
        Map<Long, Instant> interview = new HashMap<>();
        Map<Long, Instant> fallback = new HashMap<>();
        for (ScorecardRepository.Move m : moves) {
            if (m.stage().toLowerCase(java.util.Locale.ROOT).startsWith("interview")) {
                interview.putIfAbsent(m.submission(), m.at());
            } else if ("IN_PROGRESS".equals(m.outcome()) && submittedPosition != null
                    && m.position() > submittedPosition) {
                fallback.putIfAbsent(m.submission(), m.at());
            }
        }
        List<Long> days = new ArrayList<>();
        for (ScorecardRepository.Decision d : decisions) {
            Instant start = interview.getOrDefault(d.submission(), fallback.get(d.submission()));
            if (start != null) {
                days.add(Duration.between(start, d.at()).toDays());
            }
        }
        return days;
    }

    private static Double average(List<CandidateView> views, ToIntFunction<CandidateView> score) {
        OptionalDouble avg = views.stream().mapToInt(score).average();
        return avg.isPresent() ? avg.getAsDouble() : null;
    }

    private static boolean score(int value) {
        return value >= 1 && value <= 5;
    }
}
