package org.warmline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.warmline.platform.i18n.Messages;

class BundleTest {
    private final Messages msg = new Messages(Locale.UK);

    @Test
    void everyStatusAndServiceMessageHasAText() {
        for (JobStatus s : JobStatus.values()) {
            assertThat(msg.has(s.labelKey())).as(s.name()).isTrue();
        }
        assertThat(msg.get("job.status.ON_HOLD")).isEqualTo("On hold");
        for (String key : new String[] {"job.validation.negative", "job.validation.tooLarge",
                "job.validation.currency", "job.validation.noEmployer",
                "validation.salaryRange", "validation.closedBeforeOpened"}) {
            assertThat(msg.has(key)).as(key).isTrue();
        }
        assertThat(msg.get("job.list.count", 3)).isEqualTo("3 jobs");
        assertThat(msg.get("employer.list.countFiltered", 2, 5)).isEqualTo("2 of 5 employers");
    }
}
