package org.warmline.employer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserTest {

    @Test
    void addressesWithoutSchemeOpenOverHttps() {
        assertThat(Browser.toUri("acme.example/jobs")).hasToString("https://acme.example/jobs");
        assertThat(Browser.toUri("http://acme.example")).hasToString("http://acme.example");
        assertThat(Browser.toUri("www.linkedin.com/in/priya"))
                .hasToString("https://www.linkedin.com/in/priya");
    }

    @Test
    void unusableAddressesOpenNothing() {
        assertThat(Browser.toUri("  ")).isNull();
        assertThat(Browser.toUri("not an address")).isNull();
        assertThat(Browser.toUri(null)).isNull();
    }
}
