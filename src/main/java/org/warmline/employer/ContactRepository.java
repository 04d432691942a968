package org.warmline.employer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.db.SqlTypes;
import org.warmline.platform.db.Tx;

/** SQL for the CONTACT table. */
final class ContactRepository {
    private static final String COLUMNS = """
            id, employer_id, first_name, last_name, role, email, phone, postal_address,
            linkedin_url, notes, created_at, updated_at, version""";
    private static final String INSERT = """
            INSERT INTO contact (first_name, last_name, role, email, phone, postal_address,
                                 linkedin_url, notes, employer_id, created_at, updated_at,
                                 version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String UPDATE = """
            UPDATE contact
               SET first_name = ?, last_name = ?, role = ?, email = ?, phone = ?,
                   postal_address = ?, linkedin_url = ?, notes = ?, updated_at = ?,
                   version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + " FROM contact WHERE id = ?";
    private static final String FIND_BY_EMPLOYER = "SELECT " + COLUMNS
            + " FROM contact WHERE employer_id = ? ORDER BY last_name, first_name, id";

    ContactId insert(Tx tx, Contact c) throws SQLException {
        return new ContactId(tx.insert(INSERT, st -> {
            bindDetails(st, c);
            st.setLong(9, c.employerId().value());
            SqlTypes.setInstant(st, 10, c.createdAt());
            SqlTypes.setInstant(st, 11, c.updatedAt());
        }));
    }

    void update(Tx tx, Contact c) throws SQLException {
        tx.updateVersioned("contact", c.id().value(), UPDATE, st -> {
            bindDetails(st, c);
            SqlTypes.setInstant(st, 9, c.updatedAt());
            st.setLong(10, c.id().value());
            st.setInt(11, c.version());
        });
    }

    Optional<Contact> findById(Tx tx, ContactId id) throws SQLException {
        return tx.queryOne(FIND_BY_ID, st -> st.setLong(1, id.value()), ContactRepository::map);
    }

    Contact get(Tx tx, ContactId id) throws SQLException {
        return findById(tx, id).orElseThrow(() -> new NotFoundException("contact", id.value()));
    }

    List<Contact> findByEmployer(Tx tx, EmployerId id) throws SQLException {
        return tx.query(FIND_BY_EMPLOYER, st -> st.setLong(1, id.value()),
                ContactRepository::map);
    }

    private static void bindDetails(PreparedStatement st, Contact c) throws SQLException {
        SqlTypes.setString(st, 1, c.firstName());
        SqlTypes.setString(st, 2, c.lastName());
        SqlTypes.setString(st, 3, c.role());
        SqlTypes.setString(st, 4, c.email());
        SqlTypes.setString(st, 5, c.phone());
        SqlTypes.setString(st, 6, c.postalAddress());
        SqlTypes.setString(st, 7, c.linkedInUrl());
        SqlTypes.setString(st, 8, c.notes());
    }

    private static Contact map(ResultSet rs) throws SQLException {
        return new Contact(new ContactId(rs.getLong("id")),
                new EmployerId(rs.getLong("employer_id")), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("role"), rs.getString("email"),
                rs.getString("phone"), rs.getString("postal_address"),
                rs.getString("linkedin_url"), rs.getString("notes"),
                SqlTypes.getInstant(rs, "created_at"), SqlTypes.getInstant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
