package org.warmline.job;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.warmline.employer.Employer;
import org.warmline.employer.EmployerId;
import org.warmline.employer.EmployerService;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;

/** Job and employer services on a test database, a signed-in recruiter and the events seen. */
final class JobTestSupport {
    static final Instant NOW = Instant.parse("2025-03-14T10:15:30Z");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    final Database db;
    final JobService jobs;
    final EmployerService employers;
    final Recruiter me;
    final List<RecordChanged> published = new ArrayList<>();

    JobTestSupport(Database db) {
        this.db = db;
        AppEvents events = AppEvents.direct();
        events.subscribe(RecordChanged.class, published::add);
        me = new RecruiterService(db).ensure("tess", "Tess Tester");
        Session session = new Session(me, "test");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        jobs = new JobService(db, new SearchIndex(), session, events, clock);
        employers = new EmployerService(db, new SearchIndex(), session, events, clock);
    }

    EmployerId employer(String name) {
        return employers.create(Employer.draft(name, null, null, null, null, null)).id();
    }

    static Job developer(EmployerId employer) {
        return Job.draft(employer, "Senior Java Developer", "Leeds", new BigDecimal("55000"),
                new BigDecimal("70000.50"), null, List.of("Java", "Swing", "Derby"),
                "Build the desktop client.");
    }

    /** Adds a submission of a new candidate to the job, straight in SQL. */
    void submitCandidate(JobId job, String lastName) {
        db.inTransaction(tx -> {
            long candidate = tx.insert("""
                    INSERT INTO candidate (first_name, last_name, status, sort_name, created_at,
                                           updated_at)
                    VALUES ('Test', ?, 'ACTIVE', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""",
                    st -> {
                        st.setString(1, lastName);
                        st.setString(2, lastName.toLowerCase());
                    });
            return tx.update("""
                    INSERT INTO submission (candidate_id, job_id, stage_id, stage_changed_at,
                                            created_at)
                    VALUES (?, ?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", st -> {
                        st.setLong(1, candidate);
                        st.setLong(2, job.value());
                    });
        });
    }
}
