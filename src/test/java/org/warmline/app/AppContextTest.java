package org.warmline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warmline.activity.ActivitySubject;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateFixtures;
import org.warmline.candidate.CandidateStatus;
import org.warmline.employer.Employer;
import org.warmline.job.Job;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchKind;
import org.warmline.submission.Placement;
import org.warmline.submission.Submission;
import org.warmline.testing.DbTest;

/** The features wired together, on a real database: one candidate from sourcing to placement. */
@DbTest
class AppContextTest {

    @Test
    void placingACandidateMarksThemPlacedAndEverythingIsFoundAndDated(Database db) {
        var me = new RecruiterService(db).ensure("priya", "Priya Raman");
        AppContext app = new AppContext(db, new Session(me, "test"), AppEvents.direct(),
                Clock.systemUTC());
        Employer acme = app.employers().create(Employer.draft("Acme Logistics", null, null, null,
                "Logistics", null));
        Job job = app.jobs().create(Job.draft(acme.id(), "Java Developer", "Leeds", null, null,
                null, java.util.List.of("Java", "SQL"), null));
        Candidate zoe = app.candidates().register(CandidateFixtures.person("Zoë", "Ødegård"));

        Submission s = app.submissions().submit(zoe.id(), job.id());
        s = app.submissions().next(s.id(), s.version());
        s = app.submissions().next(s.id(), s.version());
        app.submissions().place(s.id(), s.version(), new Placement(s.id(),
                LocalDate.of(2026, 12, 1), new BigDecimal("52000"), new BigDecimal("9360"), "GBP"));

        assertThat(app.candidates().get(zoe.id()).status()).isEqualTo(CandidateStatus.PLACED);
        assertThat(app.activities().timeline(ActivitySubject.EMPLOYER, acme.id().value()))
                .extracting(a -> a.summary())
                .first().asString().startsWith("Moved from Interview 2 to Placed");
        assertThat(app.search().find("java leeds", 10))
                .anySatisfy(hit -> assertThat(hit.kind()).isEqualTo(SearchKind.JOB));
        assertThat(app.search().find("zoe", 10)).singleElement()
                .satisfies(hit -> assertThat(hit.title()).isEqualTo("Zoë Ødegård"));
    }
}
