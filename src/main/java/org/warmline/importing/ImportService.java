package org.warmline.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.warmline.candidate.CandidateService;
import org.warmline.platform.audit.AuditLog;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.Session;

/**
 * Imports candidates or contacts from .csv and .xlsx files (LinkedIn's Connections.csv
 * included). Checks the whole file before writing anything, so a file it cannot read leaves
 * the database unchanged; then writes valid rows one transaction per batch, never half a row,
 * skips people already known (by normalised e-mail, phone or LinkedIn URL) and people erased
 * at their request, and writes a row-level error report next to the file.
 */
public final class ImportService {
    private final Database db;
    private final CandidateService candidates;
    private final Messages msg;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final ImportLimits limits;
    private final ImportRepository repo = new ImportRepository();

    public ImportService(Database db, CandidateService candidates, Messages msg, Session session,
                         AppEvents events, Clock clock) {
        this(db, candidates, msg, session, events, clock, ImportLimits.DEFAULTS);
    }

    /** As the main constructor, with other limits (tests use small ones). */
    public ImportService(Database db, CandidateService candidates, Messages msg, Session session,
                         AppEvents events, Clock clock, ImportLimits limits) {
        this.db = Objects.requireNonNull(db, "db");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.msg = Objects.requireNonNull(msg, "msg");
        this.session = Objects.requireNonNull(session, "session");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The file's format, header, first {@code rows} data rows and a guessed mapping. */
    public ImportPreview preview(Path file, int rows) {
        try {
            ImportFile f = ImportFile.open(file, limits);
            return new ImportPreview(f.format(), f.header(), f.firstRows(rows),
                    ColumnMapping.guess(f.header()), f.isLinkedIn());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs an import. Throws ImportFileException (database unchanged) when the file cannot be
     * imported at all; a cancelled import keeps the batches already written.
     */
    public ImportResult run(ImportRequest request, ImportProgress progress) {
        try {
            ImportFile file = ImportFile.open(request.file(), limits);
            ColumnMapping mapping = request.mapping() != null ? request.mapping()
                    : ColumnMapping.guess(file.header());
            if (!mapping.hasNames()) {
                throw new ImportFileException("importing.file.noNames");
            }
            int total = countRows(file);
            RowConverter converter = new RowConverter(file.header(), mapping);
            ImportRun.Known known = db.read(tx -> new ImportRun.Known(
                    request.type() == ImportType.CANDIDATES ? repo.candidateKeys(tx)
                            : repo.contactKeys(tx), repo.erasedHashes(tx)));
            DbBatchWriter writer = new DbBatchWriter(db, repo, new AuditLog(),
                    session.recruiter().login(), clock, request);
            ImportResult raw = new ImportRun(request, file, new RowRules(candidates, converter),
                    converter, request.dryRun() ? BatchWriter.DRY_RUN : writer, known,
                    session.recruiterId()).run(total, progress);
            publish(writer);
            return withReport(request.file(), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the whole file once: any structural problem shows here, before a single write. */
    private static int countRows(ImportFile file) throws IOException {
        int[] count = {0};
        file.dataRows((row, cells) -> {
            count[0]++;
            return true;
        });
        return count[0];
    }

    private void publish(DbBatchWriter writer) {
        if (writer.lastCandidate() > 0) {
            events.publish(new RecordChanged(CandidateService.KIND, writer.lastCandidate()));
        }
        if (writer.lastContactEmployer() > 0) {
            events.publish(new RecordChanged("contact", writer.lastContactEmployer()));
        }
    }

    private ImportResult withReport(Path file, ImportResult raw) throws IOException {
        List<RowProblem> problems = raw.problems().stream()
                .map(p -> new RowProblem(p.row(), p.column(), msg.get(p.problem()))).toList();
        Path report = ErrorReport.write(file, problems, msg);
        return new ImportResult(raw.imported(), raw.skipped(), raw.duplicates(), problems,
                report, raw.cancelled(), raw.dryRun());
    }
}
