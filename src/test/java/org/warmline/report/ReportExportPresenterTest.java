package org.warmline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.report.ui.ReportExportPresenter;
import org.warmline.testing.DbTest;
import org.warmline.testing.DirectTaskRunner;

@DbTest
class ReportExportPresenterTest {
    @TempDir
    Path dir;

    /** Records what the screen would show. */
    private static final class Screen implements ReportExportPresenter.View {
        final List<String> events = new ArrayList<>();
        Path saved;
        ReportExportPresenter presenter;
        boolean cancelOnFirstCount;

        @Override
        public void running(boolean running) {
            events.add("running=" + running);
        }

        @Override
        public void status(String text) {
            events.add(text);
            if (cancelOnFirstCount && text.contains(": ")) {
                presenter.cancel();
            }
        }

        @Override
        public void saved(Path file) {
            saved = file;
        }
    }

    @Test
    void anExportCountsRowsPerSheetAndEndsSaved(Database db) {
        ReportFixture f = new ReportFixture(db);
        Screen screen = new Screen();
        ReportExportPresenter p = new ReportExportPresenter(f.reports, new Messages(Locale.ROOT),
                new DirectTaskRunner(), Runnable::run, screen);
        Path target = dir.resolve("pipeline.xlsx");
        p.export(f.reports.catalog().find("pipeline").orElseThrow(), ReportParameters.ALL, target);

        assertThat(screen.saved).isEqualTo(target);
        assertThat(target).exists();
        assertThat(screen.events).containsSubsequence("running=true", "Exporting Pipeline…",
                "Open submissions: 2 rows", "Stage by job: 2 rows", "Stalled: 1 row",
                "running=false", "Saved " + target);
    }

    @Test
    void cancellingStopsTheExportWithoutAFile(Database db) throws Exception {
        ReportFixture f = new ReportFixture(db);
        Screen screen = new Screen();
        screen.cancelOnFirstCount = true;
        screen.presenter = new ReportExportPresenter(f.reports, new Messages(Locale.ROOT),
                new DirectTaskRunner(), Runnable::run, screen);
        screen.presenter.export(f.reports.catalog().find("funnel").orElseThrow(),
                ReportParameters.ALL, dir.resolve("funnel.xlsx"));

        assertThat(screen.saved).isNull();
        assertThat(screen.events).endsWith("running=false",
                "Export cancelled; no file was written.");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
