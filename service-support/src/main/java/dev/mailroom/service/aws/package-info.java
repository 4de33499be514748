/** AWS call recording ({@code mailroom.aws.access-log}): one JSON line per SDK call, for IAM checks. */
package dev.mailroom.service.aws;
