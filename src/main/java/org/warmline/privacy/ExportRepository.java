package org.warmline.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.warmline.candidate.CandidateId;
import org.warmline.platform.excel.CellFormat;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/**
 * Everything Warmline holds about one candidate, one query per kind of data (one sheet each of
 * the access export). Every {@code ?} is the candidate id.
 */
final class ExportRepository {
    /** A column of an export sheet: the SQL column and how its cells are written. */
    record Col(String name, CellFormat format) {
    }

    /** One kind of data: bundle key of the sheet, its query and its columns. */
    record Sheet(String key, String sql, List<Col> columns) {
    }

    private static final String OF_SUBMISSIONS = "(SELECT id FROM submission WHERE candidate_id = ?)";
    static final List<Sheet> SHEETS = List.of(
            new Sheet("person", """
                    SELECT c.id, c.first_name, c.last_name, c.email, c.email2, c.phone,
                           c.postal_address, c.linkedin_url, c.current_title, c.skills, c.source,
                           r.display_name AS owner, c.status, c.notes, c.created_at, c.updated_at,
                           c.consent_withdrawn_at, p.lawful_basis, p.do_not_contact
                      FROM candidate c LEFT JOIN recruiter r ON r.id = c.owner_id
                      LEFT JOIN candidate_privacy p ON p.candidate_id = c.id
                     WHERE c.id = ?""", cols("id:INTEGER", "first_name", "last_name", "email",
                    "email2", "phone", "postal_address", "linkedin_url", "current_title", "skills",
                    "source", "owner", "status", "notes", "created_at:DATE_TIME",
                    "updated_at:DATE_TIME", "consent_withdrawn_at:DATE_TIME", "lawful_basis",
                    "do_not_contact")),
            new Sheet("consent", """
                    SELECT purpose, given_at, wording_version, obtained_via, withdrawn_at
                      FROM consent_record WHERE candidate_id = ? ORDER BY given_at, id""",
                    cols("purpose", "given_at:DATE_TIME", "wording_version", "obtained_via",
                            "withdrawn_at:DATE_TIME")),
            new Sheet("submissions", """
                    SELECT s.id, e.name AS employer, j.title AS job, st.name AS stage,
                           s.created_at, s.stage_changed_at
                      FROM submission s JOIN job j ON j.id = s.job_id
                      JOIN employer e ON e.id = j.employer_id JOIN stage st ON st.id = s.stage_id
                     WHERE s.candidate_id = ? ORDER BY s.created_at, s.id""",
                    cols("id:INTEGER", "employer", "job", "stage", "created_at:DATE_TIME",
                            "stage_changed_at:DATE_TIME")),
            new Sheet("stages", """
                    SELECT h.submission_id, fs.name AS from_stage, ts.name AS to_stage,
                           h.changed_at, h.note
                      FROM submission_stage_history h JOIN stage ts ON ts.id = h.to_stage_id
                      LEFT JOIN stage fs ON fs.id = h.from_stage_id
                     WHERE h.submission_id IN""" + OF_SUBMISSIONS + " ORDER BY h.changed_at, h.id",
                    cols("submission_id:INTEGER", "from_stage", "to_stage",
                            "changed_at:DATE_TIME", "note")),
            new Sheet("closures", """
                    SELECT cl.submission_id, cl.outcome, cl.ended_by, rr.name AS reason,
                           cl.not_about_candidate, cl.note, cl.closed_at, cl.undone_at
                      FROM submission_closure cl JOIN rejection_reason rr ON rr.id = cl.reason_id
                     WHERE cl.submission_id IN""" + OF_SUBMISSIONS + " ORDER BY cl.closed_at, cl.id",
                    cols("submission_id:INTEGER", "outcome", "ended_by", "reason",
                            "not_about_candidate", "note", "closed_at:DATE_TIME",
                            "undone_at:DATE_TIME")),
            new Sheet("employerFeedback", """
                    SELECT f.submission_id, f.kind, f.state, f.requested_at, f.received_at,
                           f.verbatim_text, f.candidate_text, f.relayed_at, f.relayed_text
                      FROM employer_feedback f
                     WHERE f.submission_id IN""" + OF_SUBMISSIONS + " ORDER BY f.created_at, f.id",
                    cols("submission_id:INTEGER", "kind", "state", "requested_at:DATE_TIME",
                            "received_at:DATE_TIME", "verbatim_text", "candidate_text",
                            "relayed_at:DATE_TIME", "relayed_text")),
            new Sheet("candidateFeedback", """
                    SELECT submission_id, speed, communication, interview, comments, given_on
                      FROM candidate_feedback
                     WHERE submission_id IN""" + OF_SUBMISSIONS + " ORDER BY given_on, id",
                    cols("submission_id:INTEGER", "speed:INTEGER", "communication:INTEGER",
                            "interview:INTEGER", "comments", "given_on:DATE")),
            new Sheet("placements", """
                    SELECT submission_id, start_date, salary, fee, currency
                      FROM placement WHERE submission_id IN""" + OF_SUBMISSIONS,
                    cols("submission_id:INTEGER", "start_date:DATE", "salary:MONEY", "fee:MONEY",
                            "currency")),
            new Sheet("activities", """
                    SELECT a.occurred_at, a.kind, r.display_name AS recruiter, a.summary, a.details
                      FROM activity a LEFT JOIN recruiter r ON r.id = a.recruiter_id
                     WHERE a.candidate_id = ? OR a.submission_id IN""" + OF_SUBMISSIONS
                    + " ORDER BY a.occurred_at, a.id",
                    cols("occurred_at:DATE_TIME", "kind", "recruiter", "summary", "details")),
            new Sheet("nurture", """
                    SELECT step_kind, channel, due_on, status, done_at, skip_reason
                      FROM nurture_step WHERE candidate_id = ? ORDER BY due_on, id""",
                    cols("step_kind", "channel", "due_on:DATE", "status", "done_at:DATE_TIME",
                            "skip_reason")),
            new Sheet("audit", """
                    SELECT occurred_at, actor, action, details
                      FROM audit_log WHERE subject_kind = 'candidate' AND subject_id = ?
                     ORDER BY occurred_at, id""",
                    cols("occurred_at:DATE_TIME", "actor", "action", "details")));

    /** The rows of one sheet for the candidate, as cell values (Instant, LocalDate, numbers). */
    List<List<Object>> rows(Tx tx, Sheet sheet, CandidateId id) throws SQLException {
        int params = (int) sheet.sql().chars().filter(ch -> ch == '?').count();
        return tx.query(sheet.sql(), st -> {
            for (int i = 1; i <= params; i++) {
                st.setLong(i, id.value());
            }
        }, rs -> row(rs, sheet.columns()));
    }

    private static List<Object> row(ResultSet rs, List<Col> columns) throws SQLException {
        List<Object> values = new ArrayList<>(columns.size());
        for (Col c : columns) {
            values.add(switch (c.format()) {
                case DATE_TIME -> SqlTypes.getInstant(rs, c.name());
                case DATE -> SqlTypes.getDate(rs, c.name());
                default -> rs.getObject(c.name());
            });
        }
        return values;
    }

    private static List<Col> cols(String... specs) {
        List<Col> columns = new ArrayList<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            columns.add(colon < 0 ? new Col(spec, CellFormat.TEXT)
                    : new Col(spec.substring(0, colon), CellFormat.valueOf(spec.substring(colon + 1))));
        }
        return List.copyOf(columns);
    }
}
