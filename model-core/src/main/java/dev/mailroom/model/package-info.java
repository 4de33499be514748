/**
 * The classifier contract shared by training and serving: {@link dev.mailroom.model.DocumentClassifier}, {@link
 * dev.mailroom.model.Prediction}, {@link dev.mailroom.model.LabelledText} and {@link dev.mailroom.model.ModelLoader}.
 */
package dev.mailroom.model;
