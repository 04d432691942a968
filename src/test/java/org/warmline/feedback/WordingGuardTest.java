package org.warmline.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordingGuardTest {
    private final WordingGuard guard = WordingGuard.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We want someone younger|age",
            "not a culture fit|vague",
            "she may go on maternity leave|pregnancy/maternity",
            "the team is quite young and energetic|age",
            "too old for our startup|age",
            "Honestly it was just a feeling|vague",
            "He is not the right fit for us|vague",
            "We need an energetic young developer|age",
            "TOO OLD for the role|age",
            "Sie ist schwanger? No: she is pregnant|pregnancy/maternity",
            "Worried about his religión|religion",
            "She is married with two young children|marital status",
            "concerned about her health issues|health",
            "He uses a wheelchair|disability",
    })
    void warns(String text, String category) {
        assertThat(guard.check(text)).extracting(GuardFinding::category).contains(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "solid Java, but needs more AWS depth",
            "Strong SQL; needs more AWS depth",
            "older versions of Java were a struggle",
            "Struggled with race conditions and foreign keys",
            "Good health checks in the design exercise",
            "The stakeholder management story was thin",
            "Average communication, strong algorithms",
            "Her package expectations were above our range",
    })
    void passes(String text) {
        assertThat(guard.check(text)).isEmpty();
    }

    @Test
    void findingsPointAtTheOriginalTextEvenWithAccents() {
        String text = "Trop âgé? No — he is TOO  OLD and not a culture-fit.";
        List<GuardFinding> findings = guard.check(text);

        assertThat(findings).extracting(GuardFinding::category)
                .containsExactly("age", "age", "vague");
        assertThat(text.substring(findings.get(0).start(), findings.get(0).end()))
                .isEqualTo("âgé");
        GuardFinding age = findings.get(1);
        assertThat(text.substring(age.start(), age.end())).isEqualTo("TOO  OLD");
        GuardFinding vague = findings.get(2);
        assertThat(text.substring(vague.start(), vague.end())).isEqualTo("not a culture-fit");
        assertThat(guard.check("Ağe is irrelevant; ÂGE")).hasSize(2);
    }

    @Test
    void nestedMatchesOfOneCategoryAreReportedOnce() {
        assertThat(guard.check("We want someone younger")).singleElement()
                .extracting(GuardFinding::phrase).isEqualTo("someone younger");
    }

    @Test
    void listsAreEasyToExtendWithCategoriesAndStems() throws IOException {
        WordingGuard custom = WordingGuard.parse(new StringReader("""
                # a comment
                [tone]
                rockstar*
                ninja
                [vague]
                meh
                """));

        assertThat(custom.categories()).containsExactly("tone", "vague");
        assertThat(custom.check("A true ROCKSTARS ninja, meh")).extracting(GuardFinding::phrase)
                .containsExactly("rockstar*", "ninja", "meh");
        assertThat(custom.check("ninjas and mehs")).isEmpty();
        assertThat(guard.categories()).contains("age", "gender", "pregnancy/maternity",
                "marital status", "race/ethnicity", "nationality", "religion", "disability",
                "health", "sexual orientation", "vague");
    }
}
