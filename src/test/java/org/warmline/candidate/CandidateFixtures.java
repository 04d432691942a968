package org.warmline.candidate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterId;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.testing.ManualClock;

/** A candidate service on a test database, a signed-in recruiter and invented people. */
public final class CandidateFixtures {
    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    final ManualClock clock = new ManualClock(T0);
    final List<RecordChanged> published = new ArrayList<>();
    final Recruiter recruiter;
    final RecruiterService recruiters;
    final CandidateService service;

    public CandidateFixtures(Database db) {
        recruiters = new RecruiterService(db);
        recruiter = recruiters.ensure("mira", "Mira Castell");
        AppEvents events = AppEvents.direct();
        events.subscribe(RecordChanged.class, published::add);
        service = new CandidateService(db, new SearchIndex(), new Session(recruiter, "test"),
                events, clock);
    }

    public CandidateService service() {
        return service;
    }

    public RecruiterId recruiterId() {
        return recruiter.id();
    }

    /** A new candidate with just a name. */
    public static Candidate person(String first, String last) {
        return new Candidate(null, first, last, null, null, null, null, null, null, List.of(),
                null, null, CandidateStatus.ACTIVE, null, null, null, 0);
    }

    /** A new candidate with every field filled. */
    public static Candidate ana(RecruiterId owner) {
        return new Candidate(null, "Ana", "Ribeiro", "ana.ribeiro@example.com",
                "ana@example.org", "+351 21 555 0101", "Rua das Flores 12\n1200-192 Lisboa",
                "https://www.linkedin.com/in/ana-ribeiro-example/", "Backend Engineer",
                List.of("Java", "SQL", "Kafka"), "Referral", owner, CandidateStatus.ACTIVE,
                "Prefers remote work.", null, null, 0);
    }

    public static Candidate contact(Candidate c, String email, String phone, String linkedIn) {
        return new Candidate(c.id(), c.firstName(), c.lastName(), email, c.email2(), phone,
                c.postalAddress(), linkedIn, c.currentTitle(), c.skills(), c.source(), c.ownerId(),
                c.status(), c.notes(), c.createdAt(), c.updatedAt(), c.version());
    }

    public static Candidate titled(Candidate c, String title) {
        return new Candidate(c.id(), c.firstName(), c.lastName(), c.email(), c.email2(), c.phone(),
                c.postalAddress(), c.linkedInUrl(), title, c.skills(), c.source(), c.ownerId(),
                c.status(), c.notes(), c.createdAt(), c.updatedAt(), c.version());
    }
}
