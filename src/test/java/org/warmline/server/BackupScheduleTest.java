package org.warmline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmline.platform.db.Database;
import org.warmline.testing.DbTest;

/** The daily backup: when it runs next, and that only the newest N copies are kept. */
@DbTest
class BackupScheduleTest {
    @Test
    void theNextRunIsTodayWhenTheTimeIsAheadAndTomorrowOtherwise() {
        LocalDateTime morning = LocalDateTime.of(2026, 11, 22, 1, 30);
        assertThat(BackupSchedule.untilNext(morning, LocalTime.of(2, 0)))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(BackupSchedule.untilNext(morning.withHour(2).withMinute(0), LocalTime.of(2, 0)))
                .isEqualTo(Duration.ofHours(24));
        assertThat(BackupSchedule.untilNext(morning.withHour(23), LocalTime.of(2, 0)))
                .isEqualTo(Duration.ofHours(2).plusMinutes(30));
    }

    @Test
    void pruningKeepsTheNewestCopiesOnly(@TempDir Path dir) throws IOException {
        for (String day : List.of("20261118", "20261119", "20261120", "20261121")) {
            Files.createDirectories(dir.resolve("warmline-" + day + "-020000").resolve("seg0"));
        }
        Files.createDirectories(dir.resolve("before-restore-20261101-100000"));
        List<Path> deleted = BackupSchedule.prune(dir, 2);
        assertThat(deleted).extracting(p -> p.getFileName().toString())
                .containsExactly("warmline-20261118-020000", "warmline-20261119-020000");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("before-restore-20261101-100000", "warmline-20261120-020000",
                            "warmline-20261121-020000");
        }
    }

    @Test
    void aScheduledRunWritesATimeStampedCopyAndPrunes(Database db, @TempDir Path dir)
            throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("UTC"));
        ServerConfig config = new ServerConfig(dir, "127.0.0.1", 1527, true, LocalTime.of(2, 0), 1,
                dir.resolve("backups"), null, null);
        Files.createDirectories(dir.resolve("backups").resolve("warmline-20261101-020000"));
        Path copy = new BackupSchedule(new BackupService(db, clock), config, clock).runNow();
        assertThat(copy.resolve("service.properties")).exists();
        try (Stream<Path> left = Files.list(dir.resolve("backups"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactly(copy.getParent().getFileName().toString());
        }
    }
}
