package org.warmline.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void collectsOneMessagePerBadField() {
        assertThatThrownBy(() -> new Validator()
                .required("lastName", " ")
                .email("email", "ana@@example")
                .phone("phone", "call me")
                .linkedIn("linkedIn", "https://example.com/ana")
                .url("website", "not a url")
                .maxLength("notes", "x".repeat(32001), 32000)
                .throwIfInvalid())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("lastName", "validation.required")
                        .containsEntry("email", "validation.email")
                        .containsEntry("phone", "validation.phone")
                        .containsEntry("linkedIn", "validation.linkedin")
                        .containsEntry("website", "validation.url")
                        .containsEntry("notes", "validation.tooLong"));
    }

    @Test
    void acceptsGoodAndEmptyOptionalValues() {
        Validator v = new Validator()
                .required("lastName", "王")
                .email("email", "zoe.odegard@example.no")
                .email("email2", null)
                .phone("phone", "+47 912 34 567")
                .linkedIn("linkedIn", "www.linkedin.com/in/zoe-odegard")
                .url("website", "https://acme.example")
                .maxLength("notes", "x".repeat(10_000), 32000);
        assertThat(v.isValid()).isTrue();
    }
}
