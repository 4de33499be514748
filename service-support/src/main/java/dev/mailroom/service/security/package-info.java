/**
 * Authentication and authorization of every service: API keys and JWTs, roles per capability, one deny-by-default
 * filter chain ({@link dev.mailroom.service.security.ServiceSecurityAutoConfiguration}); each service names its endpoints'
 * roles in an {@link dev.mailroom.service.security.EndpointRoles} bean.
 */
package dev.mailroom.service.security;
