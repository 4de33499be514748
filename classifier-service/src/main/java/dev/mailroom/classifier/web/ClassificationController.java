package dev.mailroom.classifier.web;

import dev.mailroom.classifier.RejectionException;
import dev.mailroom.classifier.pipeline.ClassificationPipeline;
import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.DocumentClassified;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.RejectReason;
import dev.mailroom.contracts.Source;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Synchronous classification. The body is the {@code document.classified.v1} event exactly as the
 * outcome topic carries it (written by the contracts codec), with a fresh {@code documentId}.
 */
@RestController
@RequestMapping("/api/v1/classifications")
class ClassificationController {

    private final ClassificationPipeline pipeline;
    private final EventCodec codec;

    ClassificationController(ClassificationPipeline pipeline, EventCodec codec) {
        this.pipeline = pipeline;
        this.codec = codec;
    }

    @Operation(
            summary = "Classify a text",
            description = "Returns the document.classified.v1 body; errors are RFC 9457 problem details")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DocumentClassified.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> classifyText(@RequestBody ClassifyTextRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new RejectionException(RejectReason.MALFORMED, "field 'text' is required and must not be blank");
        }
        Source source = new Source(Channel.API, request.sender(), request.subject(), request.filename());
        return ok(pipeline.classifyText(request.text(), source));
    }

    @Operation(
            summary = "Classify a file (PDF, image or text) through text-layer extraction or OCR",
            description = "Returns the document.classified.v1 body; errors are RFC 9457 problem details")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DocumentClassified.class)))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> classifyFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "sender", required = false) String sender,
            @RequestParam(name = "subject", required = false) String subject) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Source source = new Source(Channel.API, sender, subject, file.getOriginalFilename());
        return ok(pipeline.classifyFile(bytes, source));
    }

    private ResponseEntity<byte[]> ok(DocumentClassified outcome) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(codec.encode(outcome));
    }
}
