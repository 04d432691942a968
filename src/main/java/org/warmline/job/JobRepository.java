package org.warmline.job;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warmline.employer.EmployerId;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;
import org.warmline.recruiter.RecruiterId;

/** SQL for the JOB table, with read-only joins for employer names and submission counts. */
final class JobRepository {
    private static final String COLUMNS = """
            id, employer_id, title, location, salary_min, salary_max, currency, status,
            opened_on, closed_on, owner_id, skills, description, created_at, updated_at,
            version""";
    private static final String INSERT = """
            INSERT INTO job (employer_id, title, location, salary_min, salary_max, currency,
                             status, opened_on, closed_on, owner_id, skills, description,
                             created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String UPDATE = """
            UPDATE job
               SET employer_id = ?, title = ?, location = ?, salary_min = ?, salary_max = ?,
                   currency = ?, status = ?, opened_on = ?, closed_on = ?, owner_id = ?,
                   skills = ?, description = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM job WHERE id = ?";
    private static final String EMPLOYER_NAME = "SELECT name FROM employer WHERE id = ?";
    private static final String SUMMARIES = """
            SELECT j.id, j.title, j.employer_id, e.name AS employer_name, j.location, j.status,
                   j.salary_min, j.salary_max, j.currency, r.display_name AS owner_name,
                   j.opened_on,
                   (SELECT COUNT(*) FROM submission s WHERE s.job_id = j.id) AS submission_count
              FROM job j
              JOIN employer e ON e.id = j.employer_id
              LEFT JOIN recruiter r ON r.id = j.owner_id
             WHERE 1 = 1""";
    private static final String BY_STATUS = " AND j.status = ?";
    private static final String BY_EMPLOYER = " AND j.employer_id = ?";
    private static final String ORDER = " ORDER BY j.opened_on DESC, j.id DESC";

    JobId insert(Tx tx, Job j) throws SQLException {
        return new JobId(tx.insert(INSERT, st -> {
            bindDetails(st, j);
            SqlTypes.setInstant(st, 13, j.createdAt());
            SqlTypes.setInstant(st, 14, j.updatedAt());
        }));
    }

    void update(Tx tx, Job j) throws SQLException {
        tx.updateVersioned("job", j.id().value(), UPDATE, st -> {
            bindDetails(st, j);
            SqlTypes.setInstant(st, 13, j.updatedAt());
            st.setLong(14, j.id().value());
            st.setInt(15, j.version());
        });
    }

    Optional<Job> findById(Tx tx, JobId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), JobRepository::map);
    }

    Job get(Tx tx, JobId id) throws SQLException {
        return findById(tx, id).orElseThrow(() -> new NotFoundException("job", id.value()));
    }

    /** The name of the job's employer, empty when there is no such employer. */
    Optional<String> employerName(Tx tx, EmployerId id) throws SQLException {
        return tx.queryOne(EMPLOYER_NAME, st -> st.setLong(1, id.value()),
                rs -> rs.getString("name"));
    }

    List<JobSummary> summaries(Tx tx, JobQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder(SUMMARIES);
        List<Object> params = new ArrayList<>();
        if (query.status() != null) {
            sql.append(BY_STATUS);
            params.add(query.status().name());
        }
        if (query.employerId() != null) {
            sql.append(BY_EMPLOYER);
            params.add(query.employerId().value());
        }
        sql.append(ORDER);
        return tx.query(sql.toString(), st -> {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
        }, JobRepository::mapSummary);
    }

    private static void bindDetails(PreparedStatement st, Job j) throws SQLException {
        st.setLong(1, j.employerId().value());
        SqlTypes.setString(st, 2, j.title());
        SqlTypes.setString(st, 3, j.location());
        SqlTypes.setDecimal(st, 4, j.salaryMin());
        SqlTypes.setDecimal(st, 5, j.salaryMax());
        SqlTypes.setString(st, 6, j.currency());
        st.setString(7, j.status().name());
        SqlTypes.setDate(st, 8, j.openedOn());
        SqlTypes.setDate(st, 9, j.closedOn());
        SqlTypes.setLong(st, 10, j.ownerId() == null ? null : j.ownerId().value());
        SqlTypes.setString(st, 11, j.skillsText());
        SqlTypes.setString(st, 12, j.description());
    }

    private static Job map(ResultSet rs) throws SQLException {
        Long owner = SqlTypes.getLong(rs, "owner_id");
        return new Job(new JobId(rs.getLong("id")), new EmployerId(rs.getLong("employer_id")),
                rs.getString("title"), rs.getString("location"), rs.getBigDecimal("salary_min"),
                rs.getBigDecimal("salary_max"), rs.getString("currency"),
                JobStatus.valueOf(rs.getString("status")), SqlTypes.getDate(rs, "opened_on"),
                SqlTypes.getDate(rs, "closed_on"), owner == null ? null : new RecruiterId(owner),
                Job.parseSkills(rs.getString("skills")), rs.getString("description"),
                SqlTypes.getInstant(rs, "created_at"), SqlTypes.getInstant(rs, "updated_at"),
                rs.getInt("version"));
    }

    private static JobSummary mapSummary(ResultSet rs) throws SQLException {
        return new JobSummary(new JobId(rs.getLong("id")), rs.getString("title"),
                rs.getString("employer_name"), new EmployerId(rs.getLong("employer_id")),
                rs.getString("location"), JobStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("salary_min"), rs.getBigDecimal("salary_max"),
                rs.getString("currency"), rs.getString("owner_name"),
                SqlTypes.getDate(rs, "opened_on"), rs.getInt("submission_count"));
    }
}
