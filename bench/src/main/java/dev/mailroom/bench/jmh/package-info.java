/** JMH benchmarks: feature pipeline, each kernel's prediction, OCR per page, the router's cleansing. */
package dev.mailroom.bench.jmh;
