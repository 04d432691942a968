package org.warmline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final LocalDate EARLIER = LocalDate.of(2025, 2, 1);

    @Test
    void closedStatusesKeepOrSetTheClosingDate() {
        assertThat(JobStatus.FILLED.closedOn(null, TODAY)).isEqualTo(TODAY);
        assertThat(JobStatus.CANCELLED.closedOn(EARLIER, TODAY)).isEqualTo(EARLIER);
    }

    @Test
    void liveStatusesHaveNoClosingDate() {
        assertThat(JobStatus.OPEN.closedOn(EARLIER, TODAY)).isNull();
        assertThat(JobStatus.ON_HOLD.closedOn(null, TODAY)).isNull();
        assertThat(JobStatus.ON_HOLD.labelKey()).isEqualTo("job.status.ON_HOLD");
    }

    @Test
    void skillsAreSplitTrimmedAndJoined() {
        assertThat(Job.parseSkills(" Java,  Swing ,,Java, SQL ")).containsExactly("Java",
                "Swing", "SQL");
        assertThat(Job.parseSkills("   ")).isEmpty();
        Job job = Job.draft(null, "t", null, null, null, null, Job.parseSkills("a,b"), null);
        assertThat(job.skillsText()).isEqualTo("a, b");
    }
}
