package org.warmline.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityHashTest {

    @Test
    void hashesTheNormalisedTextWithSha256() {
        // SHA-256("abc") from FIPS 180-2.
        assertThat(IdentityHash.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(IdentityHash.of(Normalize.email(" Zoe.Odegard@Example.NO ")))
                .isEqualTo(IdentityHash.of("zoe.odegard@example.no")).hasSize(64);
    }

    @Test
    void nothingToHashGivesNull() {
        assertThat(IdentityHash.of(null)).isNull();
        assertThat(IdentityHash.of("  ")).isNull();
    }
}
