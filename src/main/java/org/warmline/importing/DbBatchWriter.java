package org.warmline.importing;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warmline.candidate.Candidate;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchKind;

/**
 * Writes batches of imported rows: each batch in one transaction, candidates with their search
 * terms (the same terms CandidateService indexes), contacts with any employer they name that
 * does not exist yet. The audit entry goes with the last transaction.
 */
final class DbBatchWriter implements BatchWriter {
    static final String AUDIT_ACTION = "IMPORT";
    private final Database db;
    private final ImportRepository repo;
    private final AuditLog audit;
    private final String actor;
    private final Clock clock;
    private final ImportRequest request;
    private Map<String, Long> employers;
    private long lastCandidate;
    private long lastContact;

    DbBatchWriter(Database db, ImportRepository repo, AuditLog audit, String actor, Clock clock,
                  ImportRequest request) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.request = request;
    }

    @Override
    public int write(List<PersonRow> rows, List<Candidate> candidates) {
        Instant now = clock.instant();
        return db.inTransaction(tx -> request.type() == ImportType.CANDIDATES
                ? writeCandidates(tx, candidates, now) : writeContacts(tx, rows, now));
    }

    private int writeCandidates(Tx tx, List<Candidate> batch, Instant now) throws SQLException {
        long[] ids = repo.insertCandidates(tx, batch, now);
        List<Set<String>> terms = new ArrayList<>(batch.size());
        for (Candidate c : batch) {
            terms.add(terms(c));
        }
        repo.insertTerms(tx, SearchKind.CANDIDATE.code(), ids, terms);
        lastCandidate = ids[ids.length - 1];
        return ids.length;
    }

    /** What CandidateService indexes for a candidate: names, e-mails, phone, title, skills. */
    static Set<String> terms(Candidate c) {
        List<String> texts = new ArrayList<>(List.of(nz(c.firstName()), nz(c.lastName()),
                nz(c.email()), nz(c.email2()), nz(c.phone()), nz(c.currentTitle())));
        texts.addAll(c.skills());
        Set<String> terms = SearchIndex.terms(texts);
        terms.addAll(SearchIndex.nameTerms(c.firstName(), c.lastName()));
        return terms;
    }

    private int writeContacts(Tx tx, List<PersonRow> rows, Instant now) throws SQLException {
        if (employers == null) {
            employers = repo.employersBySortName(tx);
        }
        for (PersonRow p : rows) {
            String key = ImportRepository.employerSortName(p.company());
            Long employer = employers.get(key);
            if (employer == null) {
                employer = repo.insertEmployer(tx, p.company(), now);
                repo.insertTerms(tx, SearchKind.EMPLOYER.code(), new long[] {employer},
                        List.of(SearchIndex.terms(List.of(p.company()))));
                employers.put(key, employer);
            }
            repo.insertContact(tx, employer, p, ImportRun.notes(p), now);
            lastContact = employer;
        }
        return rows.size();
    }

    @Override
    public void finish(int imported, int skipped, int duplicates, boolean cancelled) {
        String details = "file=" + request.file().getFileName() + " type="
                + request.type().name().toLowerCase(java.util.Locale.ROOT) + " imported="
                + imported + " skipped=" + skipped + " duplicates=" + duplicates
                + (cancelled ? " cancelled" : "");
        db.inTransaction(tx -> {
            audit.record(tx, clock.instant(), actor, AUDIT_ACTION, null, null, details);
            return null;
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The id of the last candidate written, 0 when none. */
    long lastCandidate() {
        return lastCandidate;
    }

    /** The employer of the last contact written, 0 when none. */
    long lastContactEmployer() {
        return lastContact;
    }
}
