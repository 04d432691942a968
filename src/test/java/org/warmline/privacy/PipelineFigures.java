package org.warmline.privacy;

import java.util.List;
import org.warmline.feedback.FeedbackReport;
import org.warmline.platform.db.Binder;

/** The pipeline statistics a purge or erasure must leave unchanged. */
record PipelineFigures(FeedbackReport feedback, List<String> stagesReached,
                       List<String> submissionsByStage, List<String> closures,
                       List<String> placements, List<String> candidateScores) {

    static PipelineFigures of(PrivacyFixture p) {
        return new PipelineFigures(p.f.metrics.report(), rows(p, """
                SELECT CAST(to_stage_id AS CHAR(20)) || ':' || CAST(COUNT(DISTINCT submission_id) AS CHAR(10))
                  FROM submission_stage_history GROUP BY to_stage_id ORDER BY to_stage_id"""),
                rows(p, """
                SELECT CAST(stage_id AS CHAR(20)) || ':' || CAST(COUNT(*) AS CHAR(10))
                  FROM submission GROUP BY stage_id ORDER BY stage_id"""),
                rows(p, """
                SELECT outcome || '/' || ended_by || '/' || CAST(reason_id AS CHAR(10)) || ':'
                       || CAST(COUNT(*) AS CHAR(10))
                  FROM submission_closure WHERE undone_at IS NULL
                 GROUP BY outcome, ended_by, reason_id ORDER BY 1"""),
                rows(p, """
                SELECT CAST(COUNT(*) AS CHAR(10)) || '/' || CAST(SUM(fee) AS CHAR(20))
                  FROM placement"""),
                rows(p, """
                SELECT CAST(COUNT(*) AS CHAR(10)) || '/' || CAST(SUM(speed + communication
                       + interview) AS CHAR(10)) FROM candidate_feedback"""));
    }

    private static List<String> rows(PrivacyFixture p, String sql) {
        return p.db.read(tx -> tx.query(sql, Binder.NONE, rs -> rs.getString(1).strip()));
    }
}
