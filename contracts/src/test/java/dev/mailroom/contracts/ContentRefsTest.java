package dev.mailroom.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContentRefsTest {

    private static final UUID ID = UUID.fromString("3f1c2a9e-8d4b-4c1a-9f0e-2b7d5e6a1c30");

    @Test
    void rawReferenceFollowsTheDailyLayoutInUtc() {
        String ref = ContentRefs.rawRef("mailroom", Instant.parse("2026-01-02T23:59:59Z"), ID);

        assertThat(ref).isEqualTo("s3://mailroom/raw/2026/01/02/" + ID);
        assertThat(ContentRefs.parse(ref)).isEqualTo(new ContentRefs.S3Location("mailroom", "raw/2026/01/02/" + ID));
    }

    @Test
    void referencesThatAreNotS3ObjectsAreRefused() {
        assertThatThrownBy(() -> ContentRefs.parse("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentRefs.parse("s3://bucket-only")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentRefs.parse("s3://b/raw/../models/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsParseTheirCodesAndNames() {
        assertThat(Label.fromCode("purchase_order")).isEqualTo(Label.PURCHASE_ORDER);
        assertThat(Label.fromCode("PURCHASE_ORDER")).isEqualTo(Label.PURCHASE_ORDER);
        assertThat(Label.find("spam")).isEmpty();
        assertThatThrownBy(() -> Label.fromCode("spam"))
                .hasMessageContaining("spam")
                .hasMessageContaining("invoice");
    }

    @Test
    void everyLabelHasADefaultDepartment() {
        assertThat(Departments.DEFAULT_MAP).containsOnlyKeys(Label.values());
        assertThat(Departments.DEFAULT_MAP.values()).doesNotContain(Departments.REVIEW);
    }
}
