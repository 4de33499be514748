package dev.mailroom.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.contracts.RejectReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class ProblemHandlerTest {

    @ParameterizedTest
    @CsvSource({
        "TOO_LARGE, PAYLOAD_TOO_LARGE",
        "UNSUPPORTED_TYPE, UNSUPPORTED_MEDIA_TYPE",
        "MALFORMED, UNPROCESSABLE_ENTITY",
        "ENCRYPTED, UNPROCESSABLE_ENTITY",
        "BOMB, UNPROCESSABLE_ENTITY",
        "TIMEOUT, UNPROCESSABLE_ENTITY"
    })
    void rejectReasonMapsToHttpStatus(RejectReason reason, HttpStatus status) {
        assertThat(ProblemHandler.status(reason)).isEqualTo(status);
    }
}
