package org.warmline.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.warmline.app.AppContext;
import org.warmline.nurture.Message;
import org.warmline.nurture.OutreachService;
import org.warmline.platform.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warmline letters}: every letter due on a day in one .docx, a page each. */
@Command(name = "letters", mixinStandardHelpOptions = true,
        description = "Write every letter due on a day into one .docx (one a page, with the"
                + " candidate's postal address) and print how many; candidates without a postal"
                + " address are listed on stderr.")
public final class LettersCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today)")
    LocalDate date;
    @Option(names = "--out", paramLabel = "FILE.docx", required = true, description = "The document to write")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate day = date == null ? LocalDate.now() : date;
        try (Database db = data.open(false)) {
            AppContext ctx = TodayCommand.context(db, data, null, day);
            OutreachService.LetterBatch batch = ctx.outreach().lettersDue(null, day);
            PrintWriter err = spec.commandLine().getErr();
            for (Message m : batch.noAddress()) {
                err.println("no postal address: " + m.candidateName() + " (step " + m.stepId().value() + ")");
            }
            for (Message m : batch.problems()) {
                err.println("fields to fix: " + m.candidateName() + " (step " + m.stepId().value()
                        + "): " + String.join(", ", m.unknown()) + " " + String.join(", ", m.empty()));
            }
            err.flush();
            int written = batch.ready().isEmpty() ? 0 : ctx.outreach().writeLetters(batch.ready(), out);
            PrintWriter o = spec.commandLine().getOut();
            o.println("letters=" + written);
            o.println("without_address=" + batch.noAddress().size());
            if (!batch.problems().isEmpty()) {
                o.println("with_field_problems=" + batch.problems().size());
            }
            o.flush();
            return 0;
        }
    }
}
