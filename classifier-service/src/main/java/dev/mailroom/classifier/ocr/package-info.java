/**
 * Text out of raw documents: the PDF text layer through PDFBox, or Tesseract OCR of rendered pages and
 * images on a bounded pool, with limits on bytes, pages and pixels.
 */
package dev.mailroom.classifier.ocr;
