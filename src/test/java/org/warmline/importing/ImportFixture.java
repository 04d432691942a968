package org.warmline.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warmline.candidate.CandidateService;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchService;
import org.warmline.testing.ManualClock;

/** An import service on a test database, signed in as an invented recruiter. */
final class ImportFixture {
    static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");
    final Database db;
    final Recruiter recruiter;
    final CandidateService candidates;
    final ImportService imports;
    final SearchService search;
    final List<RecordChanged> published = new ArrayList<>();
    final Messages msg = new Messages(Locale.ROOT);

    ImportFixture(Database db) {
        this(db, ImportLimits.DEFAULTS);
    }

    ImportFixture(Database db, ImportLimits limits) {
        this.db = db;
        recruiter = new RecruiterService(db).ensure("ines", "Ines Varga");
        AppEvents events = AppEvents.direct();
        events.subscribe(RecordChanged.class, published::add);
        Session session = new Session(recruiter, "test");
        ManualClock clock = new ManualClock(T0);
        candidates = new CandidateService(db, new SearchIndex(), session, events, clock);
        imports = new ImportService(db, candidates, msg, session, events, clock, limits);
        search = new SearchService(db);
    }

    ImportResult run(Path file) {
        return imports.run(ImportRequest.of(file), ImportProgress.NONE);
    }

    ImportResult run(Path file, ImportType type, DuplicatePolicy policy, boolean dryRun) {
        return imports.run(new ImportRequest(file, type, null, policy, dryRun),
                ImportProgress.NONE);
    }

    long count(String table) {
        return db.read(tx -> tx.queryLong("SELECT COUNT(*) FROM " + table, Binder.NONE));
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        try {
            return Files.write(dir.resolve(name), text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A LinkedIn Connections.csv as LinkedIn writes it: notes first, then the header. */
    static String linkedIn(String... rows) {
        StringBuilder b = new StringBuilder("\uFEFFNotes:\r\n"
                + "\"When exporting your connection data, you may notice that some of the email "
                + "addresses are missing. You will only see email addresses for connections who "
                + "have allowed their connections to see or download their email address.\"\r\n"
                + "\r\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        for (String row : rows) {
            b.append(row).append("\r\n");
        }
        return b.toString();
    }
}
