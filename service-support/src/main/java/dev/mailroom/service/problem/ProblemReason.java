package dev.mailroom.service.problem;

import dev.mailroom.contracts.RejectReason;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A machine-readable problem reason and the one HTTP status it always has, in every service. The code is the
 * {@code reason} property of a problem detail and the last segment of its {@code type}; document reasons are the
 * codes of {@code document.rejected.v1} ({@link RejectReason}).
 */
public final class ProblemReason {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<String, ProblemReason> VOCABULARY = new LinkedHashMap<>();

    /** The request cannot be read: unparseable body, missing part or parameter, wrong type, rejected path. */
    public static final ProblemReason BAD_REQUEST = shared("bad-request", HttpStatus.BAD_REQUEST);
    /** No credentials, or credentials that are not valid. */
    public static final ProblemReason UNAUTHORIZED = shared("unauthorized", HttpStatus.UNAUTHORIZED);
    /** Valid credentials without the role the call needs. */
    public static final ProblemReason FORBIDDEN = shared("forbidden", HttpStatus.FORBIDDEN);
    /** No such resource (or no such path). */
    public static final ProblemReason NOT_FOUND = shared("not-found", HttpStatus.NOT_FOUND);
    /** The path exists, not with this method. */
    public static final ProblemReason METHOD_NOT_ALLOWED = shared("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED);
    /** No representation the client accepts. */
    public static final ProblemReason NOT_ACCEPTABLE = shared("not-acceptable", HttpStatus.NOT_ACCEPTABLE);
    /** The call conflicts with the resource's state. */
    public static final ProblemReason CONFLICT = shared("conflict", HttpStatus.CONFLICT);
    /** A well-formed request whose values are not valid (bean validation, illegal arguments). */
    public static final ProblemReason INVALID_REQUEST = shared("invalid-request", HttpStatus.UNPROCESSABLE_CONTENT);
    /** A dependency (storage, broker, model, capacity) is not available now; retry later. */
    public static final ProblemReason UNAVAILABLE = shared("unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    /** An unexpected failure; the detail carries no internals. */
    public static final ProblemReason INTERNAL_ERROR = shared("internal-error", HttpStatus.INTERNAL_SERVER_ERROR);

    static {
        for (RejectReason reason : RejectReason.values()) {
            shared(reason.code(), documentStatus(reason));
        }
    }

    /** Over a size, page or length limit (an upload, a body, a document). */
    public static final ProblemReason TOO_LARGE = of(RejectReason.TOO_LARGE);
    /** A media or document type the service does not process. */
    public static final ProblemReason UNSUPPORTED_TYPE = of(RejectReason.UNSUPPORTED_TYPE);

    private final String code;
    private final HttpStatus status;

    private ProblemReason(String code, HttpStatus status) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a reason code is lower-case words joined by '-': '" + code + "'");
        }
        this.code = code;
        this.status = Objects.requireNonNull(status, "status");
    }

    private static ProblemReason shared(String code, HttpStatus status) {
        ProblemReason reason = new ProblemReason(code, status);
        VOCABULARY.put(code, reason);
        return reason;
    }

    /**
     * The status of a document reason: size limits (including a decompression bomb, a size limit hit after
     * expansion) 413, unsupported types 415, a duplicate 409, a classifier failure 500, every other reason about the
     * content 422.
     */
    private static HttpStatus documentStatus(RejectReason reason) {
        return switch (reason) {
            case TOO_LARGE, BOMB -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case DUPLICATE -> HttpStatus.CONFLICT;
            case CLASSIFICATION_FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
            case MALFORMED, UNREADABLE, ENCRYPTED, TIMEOUT, INVALID_CONTENT_REF, OCR_FAILED ->
                HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    /** The reason of a rejected document, with its shared status. */
    public static ProblemReason of(RejectReason reason) {
        return VOCABULARY.get(reason.code());
    }

    /**
     * A service's own, more specific reason (e.g. {@code job-finished}, 409). A code of the shared vocabulary may be
     * reused only with its shared status.
     *
     * @throws IllegalArgumentException when {@code code} is shared with another status, or is not lower-case words
     *     joined by '-'
     */
    public static ProblemReason define(String code, HttpStatus status) {
        ProblemReason shared = VOCABULARY.get(code);
        if (shared != null && shared.status != status) {
            throw new IllegalArgumentException(
                    "reason '" + code + "' is " + shared.status.value() + " in every service, not " + status.value());
        }
        return shared != null ? shared : new ProblemReason(code, status);
    }

    /** The shared reason of a status, for errors that carry no reason of their own. */
    public static ProblemReason forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_TYPE;
            case 422 -> INVALID_REQUEST;
            case 503 -> UNAVAILABLE;
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                if (status >= 500 || known == null) {
                    yield status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
                }
                yield define("http-" + status, known);
            }
        };
    }

    /** Every shared reason, by code, in declaration order. */
    public static Map<String, ProblemReason> vocabulary() {
        return Collections.unmodifiableMap(VOCABULARY);
    }

    /** The wire code. */
    public String code() {
        return code;
    }

    /** The HTTP status every service answers with for this reason. */
    public HttpStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProblemReason reason && reason.code.equals(code) && reason.status == status;
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " (" + status.value() + ")";
    }
}
