package org.warmline.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.warmline.report.DefinitionProblem;
import org.warmline.report.ReportCatalog;
import org.warmline.report.ReportDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warmline reports}: the report definitions, one a line: id, then title. */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "List the reports, one a line: its id, then its title.")
public final class ReportsCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReportCatalog catalog = ReportCatalog.load(data.resolve().resolve("reports"));
        PrintWriter out = spec.commandLine().getOut();
        for (ReportDefinition report : catalog.reports()) {
            out.println(report.id() + "\t" + report.title());
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (DefinitionProblem problem : catalog.problems()) {
            err.println("warmline: " + problem);
        }
        err.flush();
        return catalog.problems().isEmpty() ? 0 : 1;
    }
}
