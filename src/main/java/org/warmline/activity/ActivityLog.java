package org.warmline.activity;

import java.sql.SQLException;
import java.util.Optional;
import org.warmline.candidate.CandidateId;
import org.warmline.employer.EmployerId;
import org.warmline.job.JobId;
import org.warmline.platform.db.Tx;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.RecruiterId;

/**
 * Appends activities inside a transaction that another service already opened (a stage change
 * is logged in the same transaction as the move). Validates the activity and fills in the
 * employer of a job or contact and the candidate and job of a submission, so the activity shows
 * on every timeline it concerns. Publishes nothing: the calling service publishes after commit.
 */
public final class ActivityLog {
    static final int MAX_SUMMARY = 500;
    static final int MAX_DETAILS = 32000;
    private final ActivityRepository activities = new ActivityRepository();

    /** Validates {@code a}, completes its subjects and inserts it, attributed to {@code by}. */
    public void append(Tx tx, NewActivity a, RecruiterId by) throws SQLException {
        insert(tx, a, by);
    }

    ActivityId insert(Tx tx, NewActivity a, RecruiterId by) throws SQLException {
        validate(a);
        NewActivity complete = withRelatedSubjects(tx, a);
        return activities.insert(tx, complete, by);
    }

    /** Checks the rules for an activity; field names match the activity form. */
    static void validate(NewActivity a) {
        new Validator()
                .check(a.kind() != null, "kind", "validation.required")
                .check(a.occurredAt() != null, "when", "validation.required")
                .required("summary", a.summary())
                .maxLength("summary", a.summary(), MAX_SUMMARY)
                .maxLength("details", a.details(), MAX_DETAILS)
                .check(a.hasSubject(), "subject", "activity.error.noSubject")
                .throwIfInvalid();
    }

    private NewActivity withRelatedSubjects(Tx tx, NewActivity a) throws SQLException {
        CandidateId candidate = a.candidateId();
        JobId job = a.jobId();
        EmployerId employer = a.employerId();
        if (a.submissionId() != null && (candidate == null || job == null)) {
            Optional<long[]> ids = activities.submissionSubjects(tx, a.submissionId());
            if (ids.isPresent()) {
                candidate = candidate != null ? candidate : new CandidateId(ids.get()[0]);
                job = job != null ? job : new JobId(ids.get()[1]);
            }
        }
        if (employer == null && job != null) {
            employer = activities.employerOfJob(tx, job).orElse(null);
        }
        if (employer == null && a.contactId() != null) {
            employer = activities.employerOfContact(tx, a.contactId()).orElse(null);
        }
        return new NewActivity(a.kind(), a.occurredAt(), candidate, employer, a.contactId(), job,
                a.submissionId(), strip(a.summary()), strip(a.details()));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
