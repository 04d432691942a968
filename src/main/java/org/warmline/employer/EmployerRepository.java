package org.warmline.employer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.platform.text.Normalize;

/** SQL for the EMPLOYER table (and read-only counts of its contacts and jobs). */
final class EmployerRepository {
    private static final String COLUMNS = """
            id, name, website, phone, postal_address, industry, notes, created_at, updated_at,
            version""";
    private static final String INSERT = """
            INSERT INTO employer (name, website, phone, postal_address, industry, notes,
                                  sort_name, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String UPDATE = """
            UPDATE employer
               SET name = ?, website = ?, phone = ?, postal_address = ?, industry = ?, notes = ?,
                   sort_name = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM employer WHERE id = ?";
    private static final String FIND_ALL =
            "SELECT " + COLUMNS + " FROM employer ORDER BY sort_name, id";
    private static final String SUMMARIES = """
            SELECT e.id, e.name, e.industry, e.updated_at,
                   (SELECT COUNT(*) FROM contact c WHERE c.employer_id = e.id) AS contact_count,
                   (SELECT COUNT(*) FROM job j
                     WHERE j.employer_id = e.id AND j.status = 'OPEN') AS open_job_count
              FROM employer e
             ORDER BY e.sort_name, e.id""";
    private static final String JOBS = """
            SELECT id, title, location, status, opened_on, closed_on
              FROM job
             WHERE employer_id = ?
             ORDER BY opened_on DESC, id DESC""";
    private static final String JOB_INDEX_TEXTS = """
            SELECT id, title, location, skills FROM job WHERE employer_id = ?""";

    EmployerId insert(Tx tx, Employer e) throws SQLException {
        return new EmployerId(tx.insert(INSERT, st -> {
            bindDetails(st, e);
            SqlTypes.setInstant(st, 8, e.createdAt());
            SqlTypes.setInstant(st, 9, e.updatedAt());
        }));
    }

    void update(Tx tx, Employer e) throws SQLException {
        tx.updateVersioned("employer", e.id().value(), UPDATE, st -> {
            bindDetails(st, e);
            SqlTypes.setInstant(st, 8, e.updatedAt());
            st.setLong(9, e.id().value());
            st.setInt(10, e.version());
        });
    }

    Optional<Employer> findById(Tx tx, EmployerId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), EmployerRepository::map);
    }

    Employer get(Tx tx, EmployerId id) throws SQLException {
        return findById(tx, id).orElseThrow(() -> new NotFoundException("employer", id.value()));
    }

    List<Employer> findAll(Tx tx) throws SQLException {
        return tx.query(FIND_ALL, Binder.NONE, EmployerRepository::map);
    }

    List<EmployerSummary> summaries(Tx tx) throws SQLException {
        return tx.query(SUMMARIES, Binder.NONE, rs -> new EmployerSummary(
                new EmployerId(rs.getLong("id")), rs.getString("name"), rs.getString("industry"),
                rs.getInt("contact_count"), rs.getInt("open_job_count"),
                SqlTypes.getInstant(rs, "updated_at")));
    }

    List<EmployerJob> jobs(Tx tx, EmployerId id) throws SQLException {
        return tx.query(JOBS, st -> st.setLong(1, id.value()), rs -> new EmployerJob(
                rs.getLong("id"), rs.getString("title"), rs.getString("location"),
                rs.getString("status"), SqlTypes.getDate(rs, "opened_on"),
                SqlTypes.getDate(rs, "closed_on")));
    }

    /**
     * The search texts of the employer's jobs with {@code employerName}: a job is found by its
     * employer's name, so renaming the employer re-indexes its jobs.
     */
    List<JobTexts> jobIndexTexts(Tx tx, EmployerId id, String employerName) throws SQLException {
        return tx.query(JOB_INDEX_TEXTS, st -> st.setLong(1, id.value()), rs -> {
            List<String> texts = new ArrayList<>();
            texts.add(rs.getString("title"));
            texts.add(rs.getString("location"));
            texts.add(rs.getString("skills"));
            texts.add(employerName);
            return new JobTexts(rs.getLong("id"), texts);
        });
    }

    /** The indexed texts of one job. */
    record JobTexts(long jobId, List<String> texts) {
    }

    private static void bindDetails(PreparedStatement st, Employer e) throws SQLException {
        SqlTypes.setString(st, 1, e.name());
        SqlTypes.setString(st, 2, e.website());
        SqlTypes.setString(st, 3, e.phone());
        SqlTypes.setString(st, 4, e.postalAddress());
        SqlTypes.setString(st, 5, e.industry());
        SqlTypes.setString(st, 6, e.notes());
        st.setString(7, sortName(e.name()));
    }

    static String sortName(String name) {
        String folded = Normalize.fold(name);
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }

    private static Employer map(ResultSet rs) throws SQLException {
        return new Employer(new EmployerId(rs.getLong("id")), rs.getString("name"),
                rs.getString("website"), rs.getString("phone"), rs.getString("postal_address"),
                rs.getString("industry"), rs.getString("notes"),
                SqlTypes.getInstant(rs, "created_at"), SqlTypes.getInstant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
