/** The model registry on S3 (AWS SDK v2). */
package dev.mailroom.model.s3;
