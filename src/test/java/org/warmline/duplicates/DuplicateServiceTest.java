package org.warmline.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateStatus;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchService;
import org.warmline.testing.DbTest;
import org.warmline.testing.ManualClock;

@DbTest
class DuplicateServiceTest {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    /** Services on the test database, signed in as an invented recruiter. */
    public static final class Fixture {
        final Database db;
        final Recruiter me;
        final CandidateService candidates;
        final DuplicateService duplicates;
        final List<RecordChanged> published = new ArrayList<>();

        Fixture(Database db) {
            this.db = db;
            me = new RecruiterService(db).ensure("noor", "Noor Haddad");
            AppEvents events = AppEvents.direct();
            events.subscribe(RecordChanged.class, published::add);
            Session s = new Session(me, "test");
            ManualClock clock = new ManualClock(T0);
            candidates = new CandidateService(db, new SearchIndex(), s, events, clock);
            duplicates = new DuplicateService(db, candidates, new SearchIndex(), s, events, clock);
        }

        Candidate add(String first, String last, String email, String phone, String linkedIn,
                      String title) {
            return candidates.register(new Candidate(null, first, last, email, null, phone, null,
                    linkedIn, title, List.of(), null, me.id(), CandidateStatus.ACTIVE, null, null,
                    null, 0));
        }

        long count(String sql, long id) {
            return db.read(tx -> tx.queryLong(sql, st -> st.setLong(1, id)));
        }

        long insert(String sql, Object... values) {
            return db.inTransaction(tx -> tx.insert(sql, st -> {
                for (int i = 0; i < values.length; i++) {
                    st.setObject(i + 1, values[i]);
                }
            }));
        }
    }

    @Test
    void findsPairsByEmailPhoneLinkedInAndNameWithTitle(Database db) {
        Fixture f = new Fixture(db);
        Candidate ana = f.add("Ana", "Ribeiro", "ana@example.com", null, null, null);
        Candidate ana2 = f.add("Ana Maria", "Ribeiro", "ANA@example.com ", null, null, null);
        Candidate bo = f.add("Bo", "Li", null, "+44 7700 900123", "linkedin.com/in/boli", null);
        Candidate bo2 = f.add("Bo", "Li", null, "+44 (7700) 900-123",
                "https://www.linkedin.com/in/boli/", null);
        Candidate zoe = f.add("Zoë", "Ødegård", null, null, null, "Data Engineer");
        Candidate zoe2 = f.add("Zoe", "Odegard", null, null, null, "data engineer");
        f.add("Zoë", "Ødegård", null, null, null, "Nurse");
        f.add("Other", "Person", "other@example.com", null, null, null);

        List<DuplicatePair> pairs = f.duplicates.find(100);

        assertThat(pairs).extracting(p -> p.first().id(), p -> p.second().id(), DuplicatePair::reasons)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ana.id(), ana2.id(), java.util.Set.of(MatchReason.EMAIL)),
                        org.assertj.core.groups.Tuple.tuple(bo.id(), bo2.id(),
                                java.util.Set.of(MatchReason.PHONE, MatchReason.LINKEDIN)),
                        org.assertj.core.groups.Tuple.tuple(zoe.id(), zoe2.id(), java.util.Set.of(MatchReason.NAME_AND_TITLE)));
        DuplicatePair first = pairs.stream().filter(p -> p.first().id().equals(ana.id())).findFirst()
                .orElseThrow();
        assertThat(first.first().name()).isEqualTo("Ana Ribeiro");
        assertThat(first.second().email()).isEqualTo("ANA@example.com");
    }

    @Test
    void previewSuggestsKeptValuesFillsBlanksCombinesNotesAndKeepsDoNotContact(Database db) {
        Fixture f = new Fixture(db);
        Candidate keep = f.add("Ana", "Ribeiro", "ana@example.com", null, null, "Engineer");
        Candidate other = f.candidates.update(f.add("Ana", "Ribeiro", "ana@work.example",
                "+351 21 555 0101", null, "Lead").withNotes("Met in Porto"));
        other = f.candidates.changeStatus(other.id(), CandidateStatus.DO_NOT_CONTACT);
        keep = f.candidates.update(keep.withNotes("Prefers remote"));

        MergePreview p = f.duplicates.preview(keep.id(), other.id());

        Map<MergeField, MergeChoice> s = p.suggestions();
        assertThat(s.get(MergeField.EMAIL)).isEqualTo(MergeChoice.KEEP);
        assertThat(s.get(MergeField.PHONE)).isEqualTo(MergeChoice.OTHER);
        assertThat(s.get(MergeField.NOTES)).isEqualTo(MergeChoice.BOTH);
        assertThat(s.get(MergeField.STATUS)).isEqualTo(MergeChoice.OTHER);
        assertThat(p.result(MergeField.NOTES, MergeChoice.BOTH)).isEqualTo("Prefers remote\n\nMet in Porto");
        Candidate merged = p.merged(Map.of(MergeField.TITLE, MergeChoice.OTHER));
        assertThat(merged.currentTitle()).isEqualTo("Lead");
        assertThat(merged.phone()).isEqualTo("+351 21 555 0101");
        assertThat(merged.status()).isEqualTo(CandidateStatus.DO_NOT_CONTACT);
        assertThat(merged.email()).isEqualTo("ana@example.com");
    }

    @Test
    void mergeMovesEverythingThatPointsAtTheOtherRecordAndIsAudited(Database db) throws Exception {
        Fixture f = new Fixture(db);
        Candidate keep = f.add("Zoë", "Ødegård", "zoe@example.com", null, null, "Data Engineer");
        Candidate other = f.add("Zoe", "Odegard", "zoe.o@example.org", "+47 912 34 567", null, null);
        long rec = f.me.id().value();
        long employer = f.insert("INSERT INTO employer (name, sort_name, created_at, updated_at) "
                + "VALUES ('Nordlys', 'nordlys', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        long job = f.insert("INSERT INTO job (employer_id, title, status, opened_on, created_at, "
                + "updated_at) VALUES (?, 'Data Lead', 'OPEN', CURRENT_DATE, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)", employer);
        long sub = f.insert("INSERT INTO submission (candidate_id, job_id, stage_id, "
                + "stage_changed_at, created_at) VALUES (?, ?, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                other.id().value(), job);
        f.insert("INSERT INTO submission_stage_history (submission_id, to_stage_id, changed_at) "
                + "VALUES (?, 7, CURRENT_TIMESTAMP)", sub);
        long closure = f.insert("INSERT INTO submission_closure (submission_id, outcome, ended_by, "
                + "reason_id, not_about_candidate, from_stage_id, closed_at) VALUES (?, 'REJECTED', "
                + "'EMPLOYER', 1, FALSE, 3, CURRENT_TIMESTAMP)", sub);
        f.insert("INSERT INTO employer_feedback (submission_id, closure_id, kind, state, "
                + "verbatim_text, created_at, updated_at) VALUES (?, ?, 'REJECTION', 'RECEIVED', "
                + "'Strong SQL, light on Spark', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", sub, closure);
        f.insert("INSERT INTO candidate_feedback (submission_id, speed, communication, interview, "
                + "given_on, created_at) VALUES (?, 4, 5, 3, CURRENT_DATE, CURRENT_TIMESTAMP)", sub);
        f.insert("INSERT INTO activity (kind, occurred_at, recruiter_id, candidate_id, summary) "
                + "VALUES ('CALL', CURRENT_TIMESTAMP, ?, ?, 'Intro call')", rec, other.id().value());
        long plan = f.insert("INSERT INTO nurture_plan (candidate_id, submission_id, kind, created_at) "
                + "VALUES (?, ?, 'REJECTED', CURRENT_TIMESTAMP)", other.id().value(), sub);
        f.insert("INSERT INTO nurture_step (plan_id, candidate_id, step_kind, channel, due_on, "
                + "created_at, updated_at) VALUES (?, ?, 'CHECK_IN', 'EMAIL', CURRENT_DATE, "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", plan, other.id().value());
        f.published.clear();

        MergePreview preview = f.duplicates.preview(keep.id(), other.id());
        assertThat(preview.moves()).containsEntry("submission", 1).containsEntry("activity", 1)
                .containsEntry("nurture_plan", 1).containsEntry("nurture_step", 1);
        MergeResult r = f.duplicates.merge(preview, Map.of(MergeField.EMAIL2, MergeChoice.KEEP));

        assertThat(r.kept().phone()).isEqualTo("+47 912 34 567");
        assertThat(r.kept().firstName()).isEqualTo("Zoë");
        assertThat(r.kept().version()).isEqualTo(keep.version() + 1);
        assertThat(r.moved()).containsEntry("submission", 1).containsEntry("activity", 1)
                .containsEntry("nurture_plan", 1).containsEntry("nurture_step", 1);
        assertThatThrownBy(() -> f.candidates.get(other.id())).isInstanceOf(NotFoundException.class);
        long k = keep.id().value();
        assertThat(f.count("SELECT COUNT(*) FROM submission WHERE candidate_id = ?", k)).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM employer_feedback e JOIN submission s ON "
                + "s.id = e.submission_id WHERE s.candidate_id = ?", k)).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM candidate_feedback e JOIN submission s ON "
                + "s.id = e.submission_id WHERE s.candidate_id = ?", k)).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM submission_closure e JOIN submission s ON "
                + "s.id = e.submission_id WHERE s.candidate_id = ?", k)).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM activity WHERE candidate_id = ?", k)).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM nurture_step WHERE candidate_id = ?", k)).isEqualTo(1);
        assertThat(noRowPointsAt(db, other.id().value())).isTrue();
        assertThat(new SearchService(db).find("912", 5)).extracting(h -> h.id())
                .containsExactly(k);
        assertThat(new SearchService(db).find("zoe.o", 5)).isEmpty();
        AuditLog.Entry e = db.read(tx -> new AuditLog().recent(tx, 1)).get(0);
        assertThat(e.action()).isEqualTo("MERGE");
        assertThat(e.actor()).isEqualTo("noor");
        assertThat(e.subjectId()).isEqualTo(k);
        assertThat(e.details()).isEqualTo("merged candidate " + other.id().value()
                + " (Zoe Odegard) into " + k + "; fields from merged: phone; moved: activity=1 "
                + "nurture_plan=1 nurture_step=1 submission=1");
        assertThat(f.published).containsExactly(new RecordChanged("candidate", other.id().value()),
                new RecordChanged("candidate", k));
    }

    @Test
    void everyForeignKeyToCandidateIsMoved(Database db) throws Exception {
        Fixture f = new Fixture(db);
        List<String> fks = db.read(tx -> {
            DatabaseMetaData meta = tx.connection().getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getExportedKeys(null, tx.connection().getSchema(), "CANDIDATE")) {
                while (rs.next()) {
                    names.add(rs.getString("FKTABLE_NAME") + "." + rs.getString("FKCOLUMN_NAME"));
                }
            }
            return names;
        });
        assertThat(fks).contains("SUBMISSION.CANDIDATE_ID", "ACTIVITY.CANDIDATE_ID",
                "NURTURE_PLAN.CANDIDATE_ID", "NURTURE_STEP.CANDIDATE_ID");
        Candidate keep = f.add("Ana", "Ribeiro", null, null, null, null);
        Candidate other = f.add("Ana", "Ribeiro", null, null, null, null);
        MergePreview p = f.duplicates.preview(keep.id(), other.id());
        for (String fk : fks) {
            assertThat(p.moves()).containsKey(fk.substring(0, fk.indexOf('.')).toLowerCase());
        }
    }

    @Test
    void staleRecordsAndSharedJobsBlockTheMergeAndChangeNothing(Database db) {
        Fixture f = new Fixture(db);
        Candidate keep = f.add("Ana", "Ribeiro", "ana@example.com", null, null, null);
        Candidate other = f.add("Ana", "Ribeiro", "ana@example.com", null, null, null);
        MergePreview p = f.duplicates.preview(keep.id(), other.id());
        f.candidates.update(f.candidates.get(other.id()).withNotes("edited meanwhile"));
        assertThatThrownBy(() -> f.duplicates.merge(p, Map.of()))
                .isInstanceOf(StaleRecordException.class);
        assertThat(f.candidates.get(keep.id()).version()).isEqualTo(keep.version());

        MergePreview fresh = f.duplicates.preview(keep.id(), other.id());
        long employer = f.insert("INSERT INTO employer (name, sort_name, created_at, updated_at) "
                + "VALUES ('Acme', 'acme', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        long job = f.insert("INSERT INTO job (employer_id, title, status, opened_on, created_at, "
                + "updated_at) VALUES (?, 'Analyst', 'OPEN', CURRENT_DATE, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)", employer);
        for (Candidate c : List.of(keep, other)) {
            f.insert("INSERT INTO submission (candidate_id, job_id, stage_id, stage_changed_at, "
                    + "created_at) VALUES (?, ?, 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    c.id().value(), job);
        }
        assertThatThrownBy(() -> f.duplicates.merge(fresh, Map.of()))
                .isInstanceOf(MergeBlockedException.class)
                .satisfies(e -> assertThat(((MergeBlockedException) e).jobs()).containsExactly("Analyst"));
        assertThat(f.candidates.find(other.id())).isPresent();
        long audits = db.read(tx -> tx.queryLong("SELECT COUNT(*) FROM audit_log", Binder.NONE));
        assertThat(audits).isZero();
    }

    @Test
    void mergedRecordMustStillBeValid(Database db) {
        Fixture f = new Fixture(db);
        Candidate keep = f.add("Ana", "Ribeiro", null, null, null, null);
        Candidate other = f.add("王", "芳", null, null, null, null);
        MergePreview p = f.duplicates.preview(keep.id(), other.id());
        String notes = "n".repeat(20_000);
        f.candidates.update(f.candidates.get(keep.id()).withNotes(notes));
        f.candidates.update(f.candidates.get(other.id()).withNotes(notes));
        MergePreview both = f.duplicates.preview(keep.id(), other.id());
        assertThatThrownBy(() -> f.duplicates.merge(both, Map.of(MergeField.NOTES, MergeChoice.BOTH)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).byField()).containsKey("notes"));
        MergeResult r = f.duplicates.merge(both, Map.of(MergeField.FIRST_NAME, MergeChoice.OTHER,
                MergeField.LAST_NAME, MergeChoice.OTHER, MergeField.NOTES, MergeChoice.KEEP));
        assertThat(r.kept().displayName()).isEqualTo("王 芳");
        assertThat(r.kept().notes()).hasSize(20_000);
        assertThat(p.keep().id()).isEqualTo(keep.id());
    }

    private static boolean noRowPointsAt(Database db, long id) {
        return db.read(tx -> {
            DatabaseMetaData meta = tx.connection().getMetaData();
            try (ResultSet rs = meta.getColumns(null, tx.connection().getSchema(), "%", "CANDIDATE_ID")) {
                while (rs.next()) {
                    String t = rs.getString("TABLE_NAME");
                    if (tx.queryLong("SELECT COUNT(*) FROM " + t + " WHERE candidate_id = ?",
                            st -> st.setLong(1, id)) > 0) {
                        return false;
                    }
                }
            }
            return true;
        });
    }
}
