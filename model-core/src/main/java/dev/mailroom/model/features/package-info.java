/** Text normalisation and the feature pipeline (n-grams, vocabulary or hashing, TF-IDF) shared by training and serving. */
package dev.mailroom.model.features;
