/** Spring Boot: datasets, hyperparameter search, training jobs, model publishing, REST. */
package dev.mailroom.training;
