package org.warmline.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeFieldsTest {

    @Test
    void knownFieldsAreReplaced() {
        MergeFields.Merged m = MergeFields.merge("Dear {candidate.firstName}, about {job.title}.",
                Map.of("candidate.firstName", "Zoë", "job.title", "Data Analyst"));
        assertThat(m.ok()).isTrue();
        assertThat(m.text()).isEqualTo("Dear Zoë, about Data Analyst.");
    }

    @Test
    void unknownAndEmptyFieldsAreReportedAndNeverLeftAsBraces() {
        MergeFields.Merged m = MergeFields.merge(
                "Hi {candidate.nickname}, {feedback.candidateText} {job.title} { recruiter.name }",
                Map.of("job.title", "Analyst", "feedback.candidateText", "  ",
                        "recruiter.name", "Inès Marchal"));
        assertThat(m.ok()).isFalse();
        assertThat(m.unknown()).containsExactly("candidate.nickname");
        assertThat(m.empty()).containsExactly("feedback.candidateText");
        assertThat(m.text()).doesNotContain("{").doesNotContain("}").endsWith("Analyst Inès Marchal");
    }

    @Test
    void valuesWithDollarSignsAndBackslashesStayLiteral() {
        MergeFields.Merged m = MergeFields.merge("{employer.name}", Map.of("employer.name", "A$1 \\ Co"));
        assertThat(m.text()).isEqualTo("A$1 \\ Co");
    }

    @Test
    void fieldsOfListsEachFieldOnce() {
        assertThat(MergeFields.fieldsOf("{a.b} {job.title} {a.b} {}")).containsExactly("a.b", "job.title", "");
        assertThat(MergeFields.unknownIn("{job.title} {x}")).containsExactly("x");
    }
}
