package dev.mailroom.ingest.web;

import dev.mailroom.contracts.Channel;
import dev.mailroom.contracts.Source;
import dev.mailroom.ingest.pipeline.IngestPipeline;
import dev.mailroom.ingest.pipeline.Outcome;
import dev.mailroom.ingest.pipeline.RawContent;
import dev.mailroom.ingest.pipeline.Submission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Accepts documents over HTTP; answers 202 only after S3 and Kafka have confirmed. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

    private final IngestPipeline pipeline;
    private final UploadProperties properties;

    DocumentController(IngestPipeline pipeline, UploadProperties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Upload a document file (channel upload); type is detected from the bytes")
    @ApiResponse(responseCode = "202", description = "stored in S3 and on documents.ingest")
    @ApiResponse(
            responseCode = "413",
            description = "over the upload limit; rejected record produced",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "415",
            description = "unsupported type; rejected record produced",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "malformed, encrypted, decompression bomb or timeout; rejected record produced",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "503",
            description = "S3 or Kafka did not confirm; nothing accepted, retry",
            content = @Content(mediaType = "application/problem+json"))
    DocumentAccepted upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "sender", required = false) String sender,
            @RequestParam(name = "subject", required = false) String subject) {
        Source source = new Source(Channel.UPLOAD, sender, subject, file.getOriginalFilename());
        return accepted(pipeline.ingest(new Submission(
                source, new MultipartContent(file), null, properties.maxSize().toBytes())));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a document as JSON text (channel api)")
    @ApiResponse(responseCode = "202", description = "stored in S3 and on documents.ingest")
    @ApiResponse(
            responseCode = "400",
            description = "invalid request",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "413",
            description = "over the upload limit; rejected record produced",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "503",
            description = "S3 or Kafka did not confirm; nothing accepted, retry",
            content = @Content(mediaType = "application/problem+json"))
    DocumentAccepted text(@Valid @RequestBody TextDocumentRequest request) {
        Source source = new Source(Channel.API, request.sender(), request.subject(), request.filename());
        RawContent content = RawContent.of(request.text().getBytes(StandardCharsets.UTF_8));
        return accepted(pipeline.ingest(new Submission(
                source,
                content,
                StandardCharsets.UTF_8.name(),
                properties.maxSize().toBytes())));
    }

    private static DocumentAccepted accepted(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            throw new DocumentRejectedException(rejected);
        }
        return new DocumentAccepted(outcome.documentId());
    }
}
