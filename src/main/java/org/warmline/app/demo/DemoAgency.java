package org.warmline.app.demo;

import static org.warmline.app.demo.DemoNames.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchKind;

/**
 * Fills an empty database with a realistic, deterministic sample agency: three recruiters,
 * about twenty employers with contacts, about sixty jobs, N candidates and their submissions
 * across every stage, with placements and rejections. The same seed gives the same people,
 * companies and pipeline; dates are relative to the clock's today.
 */
public final class DemoAgency {
    static final String[][] RECRUITERS = {
            {"maya", "Maya Lindqvist", "maya@warmline-agency.example"},
            {"tom", "Tom Okafor", "tom@warmline-agency.example"},
            {"priya", "Priya Raman", "priya@warmline-agency.example"}};
    static final int EMPLOYERS = 20;
    static final int JOBS = 60;

    private final Database db;
    private final Clock clock;
    private final long seed;

    /** What was generated. */
    public record Result(int recruiters, int employers, int contacts, int jobs, long candidates,
                         long submissions, long placements, long rejections) {
    }

    /** One generated job, needed again when submissions are generated. */
    record JobInfo(long id, long employerId, long contactId, String title, LocalDate opened,
                   String status, int salaryMin, int salaryMax) {
    }

    public DemoAgency(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.seed = seed;
    }

    /** Generates the agency with {@code candidates} candidates; refuses a non-empty database. */
    public Result generate(int candidates) {
        if (candidates < 0) {
            throw new IllegalArgumentException("--candidates must not be negative");
        }
        long existing = db.read(tx -> tx.queryLong(
                "SELECT (SELECT COUNT(*) FROM candidate) + (SELECT COUNT(*) FROM employer) FROM sysibm.sysdummy1",
                Binder.NONE));
        if (existing > 0) {
            throw new IllegalStateException(
                    "the database already holds data; use an empty data directory for the sample agency");
        }
        Path work;
        try {
            work = Files.createTempDirectory("warmline-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<CsvTable> later = new ArrayList<>();
            Result result = db.inTransaction(tx -> write(tx, work, candidates, later));
            try {
                new ParallelLoad(db).load(later);
                db.inTransaction(tx -> {
                    restartIdentities(tx);
                    return null;
                });
                new DemoNurture(db, clock, seed).generate(candidates);
            } catch (RuntimeException e) {
                db.inTransaction(DemoAgency::wipe);
                throw e;
            }
            return result;
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Writes every table's CSV and loads the core tables in this transaction; the three large
     * tables that nothing else refers to (history, activity, search terms) are left in
     * {@code later}, to be loaded side by side on both cores.
     */
    private Result write(Tx tx, Path work, int candidateCount, List<CsvTable> later)
            throws SQLException {
        try {
            Random random = new Random(seed);
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            recruiters(tx, work);
            try (CsvTable terms = new CsvTable(work, "search_term", "kind, entity_id, term")) {
                int contacts = employers(tx, work, terms, random, now);
                List<JobInfo> jobs = jobs(tx, work, terms, random, today);
                DemoPipeline pipeline = new DemoPipeline(random, clock, jobs);
                DemoPipeline.Counts counts = candidatesAndSubmissions(tx, work, terms, random,
                        pipeline, candidateCount, now, later);
                later.add(terms);
                return new Result(RECRUITERS.length, EMPLOYERS, contacts, jobs.size(),
                        candidateCount, counts.submissions(), counts.placements(),
                        counts.rejections());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recruiters(Tx tx, Path work) throws IOException, SQLException {
        try (CsvTable t = new CsvTable(work, "recruiter", "id, login, display_name, email, active")) {
            for (int i = 0; i < RECRUITERS.length; i++) {
                t.row(i + 1, RECRUITERS[i][0], RECRUITERS[i][1], RECRUITERS[i][2], true);
            }
            t.load(tx);
        }
    }

    /** The first contact of each employer (index = employer id), asked for feedback. */
    private final long[] firstContact = new long[EMPLOYERS + 1];

    private int employers(Tx tx, Path work, CsvTable terms, Random r, Instant now)
            throws IOException, SQLException {
        int contacts = 0;
        try (CsvTable e = new CsvTable(work, "employer",
                "id, name, website, phone, postal_address, industry, notes, sort_name, created_at, updated_at");
             CsvTable c = new CsvTable(work, "contact",
                     "id, employer_id, first_name, last_name, role, email, phone, postal_address, linkedin_url, created_at, updated_at")) {
            for (int id = 1; id <= EMPLOYERS; id++) {
                String name = employerName(id);
                String domain = name.toLowerCase(Locale.ROOT).replace(" ", "") + ".example";
                String industry = INDUSTRY.get(r.nextInt(INDUSTRY.size()));
                Timestamp created = ts(now.minus(200 + r.nextInt(400), ChronoUnit.DAYS));
                e.row(id, name, "https://www." + domain, phone(r), address(r), industry, null,
                        name.toLowerCase(Locale.ROOT), created, created);
                index(terms, SearchKind.EMPLOYER, id, List.of(name, industry));
                int n = 2 + r.nextInt(3);
                firstContact[id] = contacts + 1;
                for (int k = 0; k < n; k++) {
                    contacts++;
                    String first = FIRST.get(r.nextInt(FIRST.size()));
                    String last = LAST.get(r.nextInt(LAST.size()));
                    c.row(contacts, id, first, last, ROLES.get(r.nextInt(ROLES.size())),
                            slug(first) + "." + slug(last) + "@" + domain, phone(r), address(r),
                            "https://www.linkedin.com/in/" + slug(first) + "-" + slug(last) + "-" + contacts,
                            created, created);
                }
            }
            e.load(tx);
            c.load(tx);
        }
        return contacts;
    }

    private List<JobInfo> jobs(Tx tx, Path work, CsvTable terms, Random r, LocalDate today)
            throws IOException, SQLException {
        List<JobInfo> jobs = new ArrayList<>();
        try (CsvTable t = new CsvTable(work, "job",
                "id, employer_id, title, location, salary_min, salary_max, currency, status, opened_on, closed_on, owner_id, skills, created_at, updated_at")) {
            for (int id = 1; id <= JOBS; id++) {
                long employer = 1 + r.nextInt(EMPLOYERS);
                String title = TITLES.get(r.nextInt(TITLES.size()));
                String city = CITIES.get(r.nextInt(CITIES.size()));
                int min = 35_000 + 5_000 * r.nextInt(10);
                int max = min + 10_000 + 5_000 * r.nextInt(4);
                int roll = r.nextInt(100);
                String status = roll < 65 ? "OPEN" : roll < 75 ? "ON_HOLD" : roll < 93 ? "FILLED" : "CANCELLED";
                LocalDate opened = today.minusDays(10 + r.nextInt(200));
                LocalDate closed = status.equals("FILLED") || status.equals("CANCELLED")
                        ? opened.plusDays(30 + r.nextInt(60)).isAfter(today) ? today
                        : opened.plusDays(30 + r.nextInt(60)) : null;
                String skills = skills(r, 3);
                Timestamp created = ts(opened.atStartOfDay(clock.getZone()).toInstant());
                t.row(id, employer, title, city, min, max, "GBP", status, opened.toString(),
                        closed == null ? null : closed.toString(), 1 + r.nextInt(RECRUITERS.length),
                        skills, created, created);
                index(terms, SearchKind.JOB, id, List.of(title, city, skills,
                        employerName(employer)));
                jobs.add(new JobInfo(id, employer, firstContact[(int) employer], title, opened, status, min, max));
            }
            t.load(tx);
        }
        return jobs;
    }

    private DemoPipeline.Counts candidatesAndSubmissions(Tx tx, Path work, CsvTable terms,
            Random r, DemoPipeline pipeline, int count, Instant now, List<CsvTable> later)
            throws IOException, SQLException {
        try (CsvTable c = new CsvTable(work, "candidate",
                "id, first_name, last_name, email, phone, postal_address, linkedin_url, current_title, skills, source, owner_id, status, notes, email_norm, phone_norm, linkedin_norm, sort_name, created_at, updated_at");
             DemoPipeline.Tables p = pipeline.open(work)) {
            for (int id = 1; id <= count; id++) {
                String first = FIRST.get(r.nextInt(FIRST.size()));
                String last = LAST.get(r.nextInt(LAST.size()));
                String email = slug(first) + "." + slug(last) + id + "@mail.example";
                String phone = phone(r);
                String linkedIn = r.nextInt(3) > 0 ? "https://www.linkedin.com/in/" + slug(first) + "-" + slug(last) + "-" + id : null;
                String title = TITLES.get(r.nextInt(TITLES.size()));
                String skills = skills(r, 2 + r.nextInt(3));
                long owner = 1 + r.nextInt(RECRUITERS.length);
                Timestamp created = ts(now.minus(r.nextInt(400), ChronoUnit.DAYS));
                boolean placed = pipeline.submissions(p, id, owner, r);
                if (r.nextInt(4) == 0) {
                    pipeline.note(p, id, owner, r, NOTES.get(r.nextInt(NOTES.size())));
                }
                int roll = r.nextInt(100);
                String status = placed ? "PLACED" : roll < 5 ? "DO_NOT_CONTACT" : roll < 15 ? "NOT_LOOKING" : "ACTIVE";
                c.row(id, first, last, email, phone, address(r), linkedIn, title, skills,
                        SOURCES.get(r.nextInt(SOURCES.size())), owner, status,
                        r.nextInt(4) == 0 ? NOTES.get(r.nextInt(NOTES.size())) : null,
                        org.warmline.platform.text.Normalize.email(email),
                        org.warmline.platform.text.Normalize.phone(phone),
                        org.warmline.platform.text.Normalize.linkedIn(linkedIn),
                        org.warmline.platform.text.Normalize.fold(last + " " + first), created, created);
                index(terms, SearchKind.CANDIDATE, id, List.of(first, last, email, phone, title, skills));
                for (String name : SearchIndex.nameTerms(first, last)) {
                    terms.row("C", id, name);
                }
            }
            c.load(tx);
            p.loadCore(tx);
            later.addAll(p.independent());
            return p.counts();
        }
    }

    /** Empties every table the sample writes (children first), after a failed load. */
    private static final List<String> WIPE = List.of(
            "DELETE FROM candidate_feedback", "DELETE FROM feedback_reminder",
            "DELETE FROM employer_feedback", "DELETE FROM submission_closure",
            "DELETE FROM activity", "DELETE FROM submission_stage_history",
            "DELETE FROM placement", "DELETE FROM submission", "DELETE FROM search_term",
            "DELETE FROM candidate", "DELETE FROM job", "DELETE FROM contact",
            "DELETE FROM employer", "DELETE FROM recruiter");

    /** Per table with explicit ids: the next free id, and the DDL that restarts its identity. */
    private record Identity(String nextId, String restartWith) {
    }

    private static final List<Identity> IDENTITIES = List.of(
            identity("recruiter"), identity("employer"), identity("contact"), identity("job"),
            identity("candidate"), identity("submission"), identity("submission_stage_history"),
            identity("activity"), identity("submission_closure"), identity("employer_feedback"),
            identity("feedback_reminder"), identity("candidate_feedback"));

    private static Identity identity(String table) {
        return new Identity("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table,
                "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH ");
    }

    private static Void wipe(Tx tx) throws SQLException {
        for (String delete : WIPE) {
            tx.update(delete, Binder.NONE);
        }
        return null;
    }

    /** The sample writes its own ids; the identities must continue after them. */
    private static void restartIdentities(Tx tx) throws SQLException {
        try (Statement st = tx.connection().createStatement()) {
            for (Identity identity : IDENTITIES) {
                long next = tx.queryLong(identity.nextId(), Binder.NONE);
                // DDL takes no parameters; the value is a number this method computed.
                st.execute(identity.restartWith() + next);
            }
        }
    }

    static String employerName(long id) {
        return COMPANY_A.get((int) ((id - 1) % COMPANY_A.size())) + " "
                + COMPANY_B.get((int) ((id * 7) % COMPANY_B.size()));
    }

    static void index(CsvTable terms, SearchKind kind, long id, List<String> texts) throws IOException {
        for (String term : SearchIndex.terms(texts)) {
            terms.row(String.valueOf(kind.code()), id, term);
        }
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A working-hours time on {@code day}, never later than {@code now}. */
    static Timestamp ts(LocalDate day, ZoneId zone, Random r, Instant now) {
        Instant at = day.atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(zone).toInstant();
        return ts(at.isAfter(now) ? now.minusSeconds(60L * (1 + r.nextInt(120))) : at);
    }

    private static String skills(Random r, int n) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < n) {
            String s = SKILLS.get(r.nextInt(SKILLS.size()));
            if (!picked.contains(s)) {
                picked.add(s);
            }
        }
        return String.join(", ", picked);
    }

    static String slug(String name) {
        String folded = org.warmline.platform.text.Normalize.fold(name).replaceAll("[^a-z0-9]", "");
        return folded.isEmpty() ? "x" + Integer.toHexString(name.hashCode() & 0xffff) : folded;
    }

    private static String phone(Random r) {
        return String.format(Locale.ROOT, "+44 7%03d %06d", r.nextInt(1000), r.nextInt(1_000_000));
    }

    private static String address(Random r) {
        return (1 + r.nextInt(180)) + " " + STREETS.get(r.nextInt(STREETS.size())) + "\n"
                + CITIES.get(r.nextInt(CITIES.size() - 1)) + "\n"
                + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (1 + r.nextInt(20))
                + " " + (1 + r.nextInt(9)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                + "\nUnited Kingdom";
    }

    static BigDecimal money(int value) {
        return BigDecimal.valueOf(value).setScale(2);
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Temporary files only; the OS cleans its temp directory.
        }
    }
}
