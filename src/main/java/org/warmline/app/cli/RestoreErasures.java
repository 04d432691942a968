package org.warmline.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.warmline.app.AppContext;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.privacy.ErasureService;
import org.warmline.privacy.RegisterEntry;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;

/**
 * Keeps erasures through a restore: the erasure register of the database about to be replaced
 * is read first, and after the restore every person in it (or in the restored copy's own
 * register) is erased again, so an old backup never brings an erased person back.
 */
final class RestoreErasures {
    private final Path database;
    private final String user;
    private final char[] password;
    private final String preferredLogin;

    /** {@code user} null for the laptop's database, which has no logins. */
    RestoreErasures(Path database, String user, char[] password, String preferredLogin) {
        this.database = database;
        this.user = user;
        this.password = password;
        this.preferredLogin = preferredLogin;
    }

    /** The register of the current database; empty when there is no database yet. */
    List<RegisterEntry> before() {
        if (!Files.isRegularFile(database.resolve("service.properties"))) {
            return List.of();
        }
        try (Database db = open()) {
            return erasures(db).map(ErasureService::register).orElse(List.of());
        }
    }

    /** Adds the carried-over entries to the restored database and erases again; the count. */
    int after(List<RegisterEntry> carried) {
        try (Database db = open()) {
            return erasures(db).map(e -> e.reapplyRegister(carried).size()).orElse(0);
        }
    }

    private Database open() {
        return user == null ? Database.embedded(database)
                : Database.embeddedAs(database, user, password, Database.OFFICE_SCHEMA);
    }

    /** The erasure service acting as a recruiter of that database (none: nobody to erase). */
    private Optional<ErasureService> erasures(Database db) {
        RecruiterService recruiters = new RecruiterService(db);
        Optional<Recruiter> actor = Optional.ofNullable(preferredLogin)
                .filter(l -> !l.isBlank()).flatMap(recruiters::findByLogin)
                .or(() -> recruiters.list().stream().filter(Recruiter::active).findFirst());
        return actor.map(r -> new AppContext(db, new Session(r, db.location().describe()),
                AppEvents.direct(), Clock.systemDefaultZone()).privacy().erasure());
    }
}
