package dev.mailroom.classifier.web;

/**
 * JSON body of a text classification.
 *
 * @param text the document text
 * @param sender optional sender, carried into the outcome's source
 * @param subject optional subject
 * @param filename optional file name
 */
record ClassifyTextRequest(String text, String sender, String subject, String filename) {}
