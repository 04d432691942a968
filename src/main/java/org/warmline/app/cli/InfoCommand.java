package org.warmline.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warmline.platform.db.Binder;
import org.warmline.platform.db.Database;
import org.warmline.platform.migration.SchemaMigrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warmline info}: what the database holds, one key=value a line. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print what the database holds, one key=value a line.")
public final class InfoCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Mixin
    OfficeLogin login;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = login.serverGiven() ? login.open() : data.open(false)) {
            PrintWriter out = spec.commandLine().getOut();
            int version = new SchemaMigrator(db).currentVersion();
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("database", db.location().describe());
            facts.put("schema_version", String.valueOf(version));
            db.read(tx -> {
                facts.put("candidates", count(tx, "SELECT COUNT(*) FROM candidate"));
                facts.put("employers", count(tx, "SELECT COUNT(*) FROM employer"));
                facts.put("contacts", count(tx, "SELECT COUNT(*) FROM contact"));
                facts.put("jobs", count(tx, "SELECT COUNT(*) FROM job"));
                facts.put("submissions", count(tx, "SELECT COUNT(*) FROM submission"));
                facts.put("placed", count(tx, """
                        SELECT COUNT(*) FROM submission s JOIN stage st ON st.id = s.stage_id
                         WHERE st.outcome = 'PLACED'"""));
                facts.put("rejected", count(tx, """
                        SELECT COUNT(*) FROM submission s JOIN stage st ON st.id = s.stage_id
                         WHERE st.outcome = 'REJECTED'"""));
                return null;
            });
            facts.forEach((k, v) -> out.println(k + "=" + v));
            out.flush();
            return 0;
        }
    }

    private static String count(org.warmline.platform.db.Tx tx, String sql)
            throws java.sql.SQLException {
        return String.valueOf(tx.queryLong(sql, Binder.NONE));
    }
}
