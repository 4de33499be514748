/**
 * Type detection from the bytes (Apache Tika) and text extraction: PDF text layer and page count
 * (PDFBox), DOCX and HTML (Tika), plain text and e-mail bodies in any charset; zip-bomb guard and an
 * extraction time limit. Every refusal is a typed {@code RejectedContentException}.
 */
package dev.mailroom.ingest.extraction;
