package org.warmline.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.warmline.candidate.Candidate;
import org.warmline.platform.text.IdentityHash;
import org.warmline.recruiter.RecruiterId;

/**
 * One import in progress: reads the data rows, sorts each into invalid, erased, duplicate or
 * valid, and hands valid rows to the {@link BatchWriter} in batches. Single use.
 */
final class ImportRun {
    static final int BATCH = 1000;
    static final String ERASED = "importing.problem.erased";
    private final ImportRequest request;
    private final ImportFile file;
    private final RowConverter converter;
    private final RowRules rules;
    private final BatchWriter writer;
    private final Set<String> known;
    private final Set<String> erased;
    private final RecruiterId owner;
    private final String defaultSource;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<PersonRow> batch = new ArrayList<>(BATCH);
    private final List<Candidate> candidates = new ArrayList<>(BATCH);
    private int imported;
    private int skipped;
    private int duplicates;
    private int done;
    private boolean cancelled;

    ImportRun(ImportRequest request, ImportFile file, RowRules rules, RowConverter converter,
              BatchWriter writer, Known known, RecruiterId owner) {
        this.request = request;
        this.file = file;
        this.rules = rules;
        this.converter = converter;
        this.writer = writer;
        this.known = known.keys();
        this.erased = known.erased();
        this.owner = owner;
        this.defaultSource = file.isLinkedIn() ? "LinkedIn"
                : clip(request.file().getFileName().toString(), 100);
    }

    /** What is already in the database: duplicate keys and hashes of erased identifiers. */
    record Known(Set<String> keys, Set<String> erased) {
    }

    /** Reads and imports every row; returns the counts and problems (keys, not texts). */
    ImportResult run(int total, ImportProgress progress) throws IOException {
        file.dataRows((row, cells) -> {
            accept(row, cells);
            done++;
            if (batch.size() >= BATCH) {
                flush();
                progress.rows(done, total);
                cancelled = progress.cancelled();
            }
            return !cancelled;
        });
        flush();
        writer.finish(imported, skipped, duplicates, cancelled);
        progress.rows(done, total);
        return new ImportResult(imported, skipped, duplicates, problems, null, cancelled,
                request.dryRun());
    }

    private void accept(int row, List<String> cells) {
        List<RowProblem> found = new ArrayList<>();
        PersonRow p = converter.person(row, cells, found);
        Candidate c = null;
        if (request.type() == ImportType.CANDIDATES) {
            c = RowRules.candidate(p, owner, defaultSource, notes(p));
            rules.checkCandidate(row, c, found);
        } else {
            rules.checkContact(p, found);
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            skipped++;
        } else if (isErased(p)) {
            problems.add(new RowProblem(row, "", ERASED));
            skipped++;
        } else if (isDuplicate(p)) {
            duplicates++;
        } else {
            batch.add(p);
            if (c != null) {
                candidates.add(c);
            }
        }
    }

    private boolean isErased(PersonRow p) {
        if (erased.isEmpty()) {
            return false;
        }
        return p.identifiers().stream().map(IdentityHash::of).anyMatch(erased::contains);
    }

    /** True when the person is known; otherwise remembers them, so a file's repeats count too. */
    private boolean isDuplicate(PersonRow p) {
        List<String> keys = p.identityKeys();
        if (keys.isEmpty()) {
            keys = List.of(request.type() == ImportType.CANDIDATES ? p.nameKey()
                    : p.contactNameKey());
        }
        boolean seen = keys.stream().anyMatch(known::contains);
        if (seen && request.duplicates() == DuplicatePolicy.SKIP) {
            return true;
        }
        known.addAll(keys);
        return false;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        imported += writer.write(List.copyOf(batch), List.copyOf(candidates));
        batch.clear();
        candidates.clear();
    }

    /** The notes of a row, with the LinkedIn connection date as a first line. */
    static String notes(PersonRow p) {
        if (p.connectedOn() == null) {
            return p.notes();
        }
        String line = "LinkedIn: " + p.connectedOn();
        return p.notes() == null ? line : line + "\n" + p.notes();
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
