/**
 * The model registry on S3 (AWS SDK v2): {@link dev.mailroom.model.s3.S3ModelRegistry}, and the {@code s3://} provider
 * behind {@link dev.mailroom.model.registry.ModelRegistries#open(String, java.util.Map)}.
 */
package dev.mailroom.model.s3;
