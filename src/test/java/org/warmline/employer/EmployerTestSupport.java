package org.warmline.employer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;

/** A service wired to a test database, with a signed-in recruiter and the events it published. */
final class EmployerTestSupport {
    static final Instant NOW = Instant.parse("2025-03-14T10:15:30Z");
    final EmployerService service;
    final List<RecordChanged> published = new ArrayList<>();

    EmployerTestSupport(Database db) {
        AppEvents events = AppEvents.direct();
        events.subscribe(RecordChanged.class, published::add);
        Session session = new Session(new RecruiterService(db).ensure("tess", "Tess Tester"),
                "test");
        service = new EmployerService(db, new SearchIndex(), session, events,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static Employer acme() {
        return Employer.draft("Acme Widgets", "acme.example", "+44 20 7946 0000",
                "1 Example Street, London", "Manufacturing", "Pays on time");
    }

    static Contact contactAt(EmployerId employer, String first, String last) {
        return Contact.draft(employer, first, last, "Hiring manager",
                first.toLowerCase() + "@acme.example", "+44 20 7946 0001", null,
                "https://www.linkedin.com/in/" + first.toLowerCase(), null);
    }
}
