package org.warmline.nurture.ui;

import java.awt.Component;
import java.awt.Window;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.warmline.nurture.DueStep;
import org.warmline.nurture.Message;
import org.warmline.nurture.NurtureService;
import org.warmline.nurture.OutreachService;
import org.warmline.nurture.RunnerUpService;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.recruiter.RecruiterId;
import org.warmline.ui.dialog.Dialogs;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordOpener;
import org.warmline.ui.record.RecordTab;
import org.warmline.ui.record.RecordTabProvider;
import org.warmline.ui.task.TaskRunner;

/**
 * The screens of keeping in touch: the message dialog of a step, today's letters in one
 * document, the calendar export, the template editor, and the tabs contributed to other
 * editors ("Keep in touch" on a candidate, "Runners-up" on a job).
 */
public final class NurtureScreens {
    private final NurtureService nurture;
    private final OutreachService outreach;
    private final RunnerUpService runnersUp;
    private final Messages msg;
    private final TaskRunner tasks;
    private final RecordOpener opener;

    public NurtureScreens(NurtureService nurture, OutreachService outreach,
                          RunnerUpService runnersUp, Messages msg, TaskRunner tasks,
                          RecordOpener opener, AppEvents events) {
        this.nurture = nurture;
        this.outreach = outreach;
        this.runnersUp = runnersUp;
        this.msg = msg;
        this.tasks = tasks;
        this.opener = opener;
    }

    /** Fresh tabs for the candidate editor (plans) and the job editor (runners-up). */
    public RecordTabProvider tabs() {
        return kind -> {
            List<RecordTab> tabs = new ArrayList<>();
            if (kind == RecordKind.CANDIDATE) {
                tabs.add(new PlansTab(nurture, msg, tasks));
            } else if (kind == RecordKind.JOB) {
                tabs.add(new RunnersUpTab(runnersUp, msg, tasks, opener));
            }
            return tabs;
        };
    }

    /** Opens the message of a due step, merged from its template. */
    public void write(Component parent, DueStep step) {
        tasks.run(msg.get("nurture.message.composing"), () -> outreach.compose(step.step().id()),
                m -> new MessageDialog(window(parent), outreach, msg, tasks, m).show());
    }

    /**
     * Puts every letter due today (the signed-in recruiter's) into one .docx, a page each;
     * letters without a postal address or with field problems are listed, not dropped silently.
     */
    public void lettersDue(Component parent) {
        tasks.run(msg.get("nurture.letters.collecting"), outreach::myLettersDue, batch -> {
            List<Message> ready = batch.ready();
            String left = leftOut(batch);
            if (ready.isEmpty()) {
                Dialogs.info(parent, msg.get("nurture.letters.title"), msg.get("nurture.letters.none") + left);
                return;
            }
            Path file = new Deliveries(window(parent), msg).chooseFile(
                    msg.get("nurture.letters.file", LocalDate.now().toString()), "docx");
            if (file != null) {
                tasks.run(msg.get("nurture.letters.writing"), () -> outreach.writeLetters(ready, file),
                        n -> Dialogs.info(parent, msg.get("nurture.letters.title"),
                                msg.get("nurture.letters.written", n, file) + left));
            }
        });
    }

    private String leftOut(OutreachService.LetterBatch batch) {
        StringBuilder b = new StringBuilder();
        batch.noAddress().forEach(m -> b.append('\n').append(msg.get("nurture.letters.noAddress",
                m.candidateName())));
        batch.problems().forEach(m -> b.append('\n').append(msg.get("nurture.letters.problems",
                m.candidateName(), String.join(", ", m.unknown()), String.join(", ", m.empty()))));
        return b.toString();
    }

    /** Saves the signed-in recruiter's due steps as an .ics calendar file. */
    public void exportCalendar(Component parent, RecruiterId me) {
        Path file = new Deliveries(window(parent), msg).chooseFile("warmline-today.ics", "ics");
        if (file == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        tasks.run(msg.get("nurture.calendar.writing"), () -> {
            List<DueStep> due = nurture.due(me, today.plusDays(30), 1000);
            Files.writeString(file, outreach.calendar(due, today), StandardCharsets.UTF_8);
            return due.size();
        }, n -> Dialogs.info(parent, msg.get("nurture.calendar.title"),
                msg.get("nurture.calendar.written", n, file)));
    }

    /** Opens the editor of the message templates, plan templates and letterhead. */
    public void editTemplates(Component parent) {
        new TemplatesDialog(window(parent), nurture, outreach, msg, tasks).show();
    }

    private static Window window(Component c) {
        return c instanceof Window w ? w : SwingUtilities.getWindowAncestor(c);
    }
}
