package dev.mailroom.service.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.contracts.RejectReason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemReasonTest {

    @ParameterizedTest
    @CsvSource({
        "TOO_LARGE, 413",
        "BOMB, 413",
        "UNSUPPORTED_TYPE, 415",
        "DUPLICATE, 409",
        "MALFORMED, 422",
        "UNREADABLE, 422",
        "ENCRYPTED, 422",
        "TIMEOUT, 422",
        "INVALID_CONTENT_REF, 422",
        "OCR_FAILED, 422",
        "CLASSIFICATION_FAILED, 500"
    })
    void everyDocumentReasonHasOneStatus(RejectReason reason, int status) {
        assertThat(ProblemReason.of(reason).status().value()).isEqualTo(status);
        assertThat(ProblemReason.of(reason).code()).isEqualTo(reason.code());
    }

    @Test
    void everyDocumentReasonIsInTheVocabulary() {
        assertThat(ProblemReason.vocabulary().keySet())
                .containsAll(Arrays.stream(RejectReason.values())
                        .map(RejectReason::code)
                        .toList())
                .contains("unauthorized", "forbidden", "not-found", "conflict", "unavailable", "bad-request");
    }

    @ParameterizedTest
    @CsvSource({
        "400, bad-request",
        "401, unauthorized",
        "403, forbidden",
        "404, not-found",
        "405, method-not-allowed",
        "409, conflict",
        "413, too-large",
        "415, unsupported-type",
        "422, invalid-request",
        "503, unavailable",
        "500, internal-error",
        "502, internal-error",
        "418, http-418"
    })
    void aStatusWithoutReasonGetsTheSharedOne(int status, String code) {
        assertThat(ProblemReason.forStatus(status).code()).isEqualTo(code);
    }

    @Test
    void aServiceMayAddReasonsButNotChangeTheStatusOfASharedOne() {
        assertThat(ProblemReason.define("job-finished", HttpStatus.CONFLICT).status())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(ProblemReason.define("too-large", HttpStatus.CONTENT_TOO_LARGE))
                .isSameAs(ProblemReason.TOO_LARGE);
        assertThatThrownBy(() -> ProblemReason.define("decompression-bomb", HttpStatus.UNPROCESSABLE_CONTENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("413");
        assertThatThrownBy(() -> ProblemReason.define("Not Found", HttpStatus.NOT_FOUND))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProblemCarriesTypeStatusAndReason() {
        ProblemDetail problem = Problems.of(ProblemReason.of(RejectReason.BOMB), "expands past 200 MB");

        assertThat(problem.getStatus()).isEqualTo(413);
        assertThat(problem.getType()).hasToString("https://mailroom.dev/problems/decompression-bomb");
        assertThat(problem.getProperties()).containsEntry("reason", "decompression-bomb");
        assertThat(Problems.response(Problems.of(ProblemReason.UNAVAILABLE, "down"))
                        .getHeaders()
                        .getFirst("Retry-After"))
                .isEqualTo("5");
    }
}
