/** Learning algorithms behind {@link dev.mailroom.model.DocumentClassifier}: Tribuo and Deeplearning4j kernels, each with its hyperparameter space. */
package dev.mailroom.model.kernel;
