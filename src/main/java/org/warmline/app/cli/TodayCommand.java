package org.warmline.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warmline.app.AppContext;
import org.warmline.feedback.WorkItem;
import org.warmline.nurture.DueStep;
import org.warmline.nurture.IcsCalendar;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.platform.settings.Settings;
import org.warmline.recruiter.Recruiter;
import org.warmline.recruiter.RecruiterService;
import org.warmline.recruiter.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warmline today}: what is due or overdue on a day, one item a line, and optionally an .ics file. */
@Command(name = "today", mixinStandardHelpOptions = true,
        description = "Print what is due or overdue (one item a line: due date, kind, candidate,"
                + " step) and optionally write it as an RFC 5545 calendar.")
public final class TodayCommand implements Callable<Integer> {
    private static final int LIMIT = 10_000;
    @Mixin
    DataDirOption data;
    @Option(names = "--recruiter", paramLabel = "NAME",
            description = "Only this recruiter's items (login or display name); default: everyone's")
    String recruiter;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today)")
    LocalDate date;
    @Option(names = "--ics", paramLabel = "FILE.ics", description = "Also write the items as a calendar")
    Path ics;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LocalDate day = date == null ? LocalDate.now() : date;
        Messages msg = new Messages(Locale.getDefault());
        try (Database db = data.open(false)) {
            Recruiter who = recruiter == null ? null : find(db, recruiter);
            AppContext ctx = context(db, data, who, day);
            List<DueStep> steps = ctx.nurture().due(who == null ? null : who.id(), day, LIMIT);
            List<WorkItem> feedback = ctx.feedback().workList(who == null ? null : who.id(), day)
                    .stream().filter(w -> !w.due().isAfter(day)).toList();
            List<Line> lines = new ArrayList<>();
            steps.forEach(s -> lines.add(new Line(s.due(), s.step().kind().name(), s.candidateName(),
                    step(msg, s), ctx.outreach().calendarEntry(s, day))));
            feedback.forEach(w -> lines.add(feedbackLine(msg, w, day)));
            lines.sort(Comparator.comparing(Line::due).thenComparing(Line::candidate));
            PrintWriter out = spec.commandLine().getOut();
            lines.forEach(l -> out.println(l.due() + "\t" + l.kind() + "\t" + l.candidate() + "\t" + l.step()));
            out.flush();
            if (ics != null) {
                Files.writeString(ics, IcsCalendar.write(lines.stream().map(Line::entry).toList(),
                        ctx.clock().instant()), StandardCharsets.UTF_8);
            }
            return 0;
        }
    }

    /** One printed line and its calendar entry. */
    private record Line(LocalDate due, String kind, String candidate, String step,
                        IcsCalendar.Entry entry) {
    }

    private static String step(Messages msg, DueStep s) {
        String what = msg.get(s.step().kind().labelKey()) + " (" + msg.get(s.step().channel().labelKey()) + ")";
        return s.jobTitle() == null ? what
                : what + " — " + msg.get("nurture.calendar.job", s.jobTitle(), s.employerName());
    }

    private static Line feedbackLine(Messages msg, WorkItem w, LocalDate day) {
        String step = msg.get(w.task().labelKey()) + " — " + msg.get("nurture.calendar.job",
                w.subject().jobTitle(), w.subject().employerName());
        String summary = msg.get("nurture.calendar.summary", msg.get(w.task().labelKey()),
                w.subject().candidateName());
        return new Line(w.due(), "FEEDBACK_" + w.task().name(), w.subject().candidateName(), step,
                new IcsCalendar.Entry("feedback-" + w.subject().submission().value() + "-"
                        + w.task().name().toLowerCase(Locale.ROOT) + "@warmline",
                        w.due().isBefore(day) ? day : w.due(), summary, step));
    }

    /** The recruiter with this login or display name (case-insensitive). */
    static Recruiter find(Database db, String name) {
        return new RecruiterService(db).list().stream()
                .filter(r -> r.login().equalsIgnoreCase(name) || r.displayName().equalsIgnoreCase(name))
                .findFirst().orElseThrow(() -> new UserError("no recruiter called " + name));
    }

    /**
     * The services for a command run on {@code day}: signed in as {@code who}, else as the
     * data directory's recruiter, else as the first one; the clock stands on that day.
     */
    static AppContext context(Database db, DataDirOption data, Recruiter who, LocalDate day) {
        RecruiterService recruiters = new RecruiterService(db);
        String login = new Settings(data.resolve()).get(Settings.RECRUITER_LOGIN);
        Recruiter me = who != null ? who : recruiters.findByLogin(login)
                .or(() -> recruiters.list().stream().findFirst())
                .orElseThrow(() -> new UserError("the database has no recruiters yet"));
        Clock system = Clock.systemDefaultZone();
        Clock clock = day.equals(LocalDate.now(system)) ? system : Clock.fixed(
                day.atTime(LocalTime.now(system)).atZone(system.getZone()).toInstant(), system.getZone());
        return new AppContext(db, new Session(me, db.location().describe()), AppEvents.direct(), clock);
    }
}
