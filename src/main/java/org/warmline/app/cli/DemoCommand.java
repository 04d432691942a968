package org.warmline.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.warmline.app.demo.DemoAgency;
import org.warmline.platform.db.Database;
import org.warmline.platform.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warmline demo}: fills an empty database with the sample agency. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an empty database with a realistic, deterministic sample agency.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Option(names = "--candidates", paramLabel = "N", defaultValue = "500",
            description = "Number of candidates (default: ${DEFAULT-VALUE})")
    int candidates;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Random seed; the same seed gives the same agency (default: ${DEFAULT-VALUE})")
    long seed;
    @Spec
    CommandSpec spec;

    /** The window opens as the sample's first recruiter unless someone is signed in already. */
    private void rememberSampleRecruiter() {
        Settings settings = new Settings(data.resolve());
        if (settings.get(Settings.RECRUITER_LOGIN).isBlank()) {
            settings.set(Settings.RECRUITER_LOGIN, "maya");
            settings.save();
        }
    }

    @Override
    public Integer call() {
        if (candidates < 0 || candidates > 5_000_000) {
            throw new UserError("--candidates must be between 0 and 5000000");
        }
        long start = System.nanoTime();
        try (Database db = data.open(true)) {
            DemoAgency.Result r = new DemoAgency(db, Clock.systemDefaultZone(), seed)
                    .generate(candidates);
            rememberSampleRecruiter();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("recruiters=%d%nemployers=%d%ncontacts=%d%njobs=%d%ncandidates=%d%n"
                            + "submissions=%d%nplaced=%d%nrejected=%d%nseconds=%.1f%n",
                    r.recruiters(), r.employers(), r.contacts(), r.jobs(), r.candidates(),
                    r.submissions(), r.placements(), r.rejections(),
                    (System.nanoTime() - start) / 1e9);
            out.flush();
            return 0;
        }
    }
}
