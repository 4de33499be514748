/**
 * Generator of realistic labelled business documents and writers for JSONL, folders, PDF, scanned
 * images and e-mail messages.
 */
package dev.mailroom.sampledata;
