package org.warmline.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizeTest {

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertThat(Normalize.email("  Ana.Ribeiro@Example.COM ")).isEqualTo("ana.ribeiro@example.com");
        assertThat(Normalize.email("  ")).isNull();
    }

    @Test
    void phoneKeepsDigitsAndTheInternationalPrefix() {
        assertThat(Normalize.phone("+44 (0)7700 900-123")).isEqualTo("+4407700900123");
        assertThat(Normalize.phone("0044 7700 900123")).isEqualTo("+447700900123");
        assertThat(Normalize.phone("07700 900123")).isEqualTo("07700900123");
        assertThat(Normalize.phone("123")).isNull();
    }

    @Test
    void linkedInVariantsMeetInOneForm() {
        String expected = "linkedin.com/in/ana-ribeiro";
        assertThat(Normalize.linkedIn("https://www.linkedin.com/in/ana-ribeiro/")).isEqualTo(expected);
        assertThat(Normalize.linkedIn("http://uk.linkedin.com/in/Ana-Ribeiro?trk=x")).isEqualTo(expected);
        assertThat(Normalize.linkedIn("linkedin.com/in/ana-ribeiro")).isEqualTo(expected);
    }

    @Test
    void foldRemovesCaseAndAccents() {
        assertThat(Normalize.fold("Zoë Ødegård")).isEqualTo("zoe odegard");
        assertThat(Normalize.fold("Łukasz Straße")).isEqualTo("lukasz strasse");
        assertThat(Normalize.fold("王芳")).isEqualTo("王芳");
    }
}
