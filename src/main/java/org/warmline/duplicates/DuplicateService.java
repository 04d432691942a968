package org.warmline.duplicates;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateId;
import org.warmline.candidate.CandidateService;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.Tx;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchKind;

/**
 * Finds likely duplicate candidates (same normalised e-mail, phone or LinkedIn URL, or same
 * name and title) and merges two of them: the kept record takes the chosen fields, everything
 * that pointed at the other record (submissions with their feedback, activities, nurture plans
 * and steps, and any table with a candidate column) moves to it, the other is deleted, and the
 * merge is written to the audit log, all in one transaction.
 */
public final class DuplicateService {
    /** The audit action of a merge. */
    public static final String AUDIT_ACTION = "MERGE";
    private final Database db;
    private final CandidateService candidates;
    private final SearchIndex index;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final DuplicateRepository repo = new DuplicateRepository();
    private final AuditLog audit = new AuditLog();

    public DuplicateService(Database db, CandidateService candidates, SearchIndex index,
                            Session session, AppEvents events, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.index = Objects.requireNonNull(index, "index");
        this.session = Objects.requireNonNull(session, "session");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Likely duplicate pairs, at most {@code limit} per kind of match, older record first. */
    public List<DuplicatePair> find(int limit) {
        return db.read(tx -> {
            List<DuplicatePair> pairs = new ArrayList<>();
            for (var e : repo.pairs(tx, limit).entrySet()) {
                DuplicatePair.Side a = repo.side(tx, e.getKey().get(0));
                DuplicatePair.Side b = repo.side(tx, e.getKey().get(1));
                if (a != null && b != null) {
                    pairs.add(new DuplicatePair(a, b, e.getValue()));
                }
            }
            pairs.sort(Comparator.comparing((DuplicatePair p) -> p.first().name())
                    .thenComparing(p -> p.first().id().value()));
            return pairs;
        });
    }

    /** Both records, field by field, with suggestions and what would move to {@code keep}. */
    public MergePreview preview(CandidateId keep, CandidateId other) {
        if (keep.equals(other)) {
            throw new IllegalArgumentException("a candidate cannot be merged with itself");
        }
        Candidate k = candidates.get(keep);
        Candidate o = candidates.get(other);
        Map<String, Integer> moves = db.read(tx -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (DuplicateRepository.Reference r : repo.references(tx)) {
                counts.merge(DuplicateRepository.label(r), repo.count(tx, r, other.value()),
                        Integer::sum);
            }
            return counts;
        });
        return MergePreview.of(k, o, moves);
    }

    /**
     * Merges {@code preview.other()} into {@code preview.keep()} with these field choices.
     * Throws ValidationException if the merged record breaks a candidate rule,
     * MergeBlockedException if both were submitted to one job, and StaleRecordException if
     * either record changed since the preview; nothing is written then.
     */
    public MergeResult merge(MergePreview preview, Map<MergeField, MergeChoice> choices) {
        Candidate merged = preview.merged(choices);
        candidates.validate(merged);
        long keep = preview.keep().id().value();
        long other = preview.other().id().value();
        Instant now = clock.instant();
        Map<String, Integer> moved = db.inTransaction(tx -> {
            List<String> shared = repo.sharedJobs(tx, keep, other);
            if (!shared.isEmpty()) {
                throw new MergeBlockedException(shared);
            }
            repo.updateKept(tx, merged, now);
            Map<String, Integer> counts = moveReferences(tx, other, keep);
            repo.keepConsentWithdrawal(tx, keep, other);
            index.remove(tx, SearchKind.CANDIDATE, other);
            reindex(tx, merged);
            repo.delete(tx, other, preview.other().version());
            audit.record(tx, now, session.recruiter().login(), AUDIT_ACTION,
                    CandidateService.KIND, keep, details(preview, choices, counts));
            return counts;
        });
        events.publish(new RecordChanged(CandidateService.KIND, other));
        events.publish(new RecordChanged(CandidateService.KIND, keep));
        return new MergeResult(candidates.get(preview.keep().id()), moved);
    }

    private Map<String, Integer> moveReferences(Tx tx, long from, long to) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        for (DuplicateRepository.Reference r : repo.references(tx)) {
            counts.merge(DuplicateRepository.label(r), repo.move(tx, r, from, to), Integer::sum);
        }
        return counts;
    }

    /** The same texts CandidateService indexes for a saved candidate. */
    private void reindex(Tx tx, Candidate c) throws SQLException {
        List<String> texts = new ArrayList<>(java.util.Arrays.asList(c.firstName(), c.lastName(),
                c.email(), c.email2(), c.phone(), c.currentTitle()));
        texts.replaceAll(s -> s == null ? "" : s);
        texts.addAll(c.skills());
        index.replace(tx, SearchKind.CANDIDATE, c.id().value(), texts,
                SearchIndex.nameTerms(c.firstName(), c.lastName()));
    }

    private static String details(MergePreview p, Map<MergeField, MergeChoice> choices,
                                  Map<String, Integer> counts) {
        Map<MergeField, MergeChoice> all = p.suggestions();
        all.putAll(choices);
        String taken = all.entrySet().stream().filter(e -> e.getValue() != MergeChoice.KEEP)
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT)
                        + (e.getValue() == MergeChoice.BOTH ? "(both)" : ""))
                .collect(Collectors.joining(","));
        String moved = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return "merged candidate " + p.other().id().value() + " (" + p.other().displayName()
                + ") into " + p.keep().id().value() + "; fields from merged: "
                + (taken.isEmpty() ? "none" : taken) + "; moved: " + (moved.isEmpty() ? "none" : moved);
    }
}
