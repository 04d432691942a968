package org.warmline.recruiter;

import java.util.List;
import java.util.Optional;
import org.warmline.platform.db.Database;
import org.warmline.platform.validation.Validator;

/** Looks up and registers recruiters. */
public final class RecruiterService {
    private final Database db;
    private final RecruiterRepository recruiters = new RecruiterRepository();

    public RecruiterService(Database db) {
        this.db = db;
    }

    public List<Recruiter> list() {
        return db.read(recruiters::findAll);
    }

    public Optional<Recruiter> findByLogin(String login) {
        return db.read(tx -> recruiters.findByLogin(tx, login));
    }

    public Optional<Recruiter> find(RecruiterId id) {
        return db.read(tx -> recruiters.findById(tx, id));
    }

    /** Returns the recruiter with this login, registering them with the display name if new. */
    public Recruiter ensure(String login, String displayName) {
        new Validator().required("login", login).required("displayName", displayName)
                .maxLength("login", login, 64).maxLength("displayName", displayName, 200)
                .throwIfInvalid();
        return db.inTransaction(tx -> {
            Optional<Recruiter> existing = recruiters.findByLogin(tx, login);
            if (existing.isPresent()) {
                return existing.get();
            }
            RecruiterId id = recruiters.insert(tx, login, displayName.strip(), null);
            return recruiters.findById(tx, id).orElseThrow();
        });
    }
}
