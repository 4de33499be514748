/**
 * RFC 9457 problem details with one vocabulary across services: {@link dev.mailroom.service.problem.ProblemReason}
 * (code and status), {@link dev.mailroom.service.problem.Problems} (building them) and the framework handler.
 */
package dev.mailroom.service.problem;
