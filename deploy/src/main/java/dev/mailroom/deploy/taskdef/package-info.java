/** Plain ECS task definitions ({@code deploy/ecs/*.json}) for {@code aws ecs register-task-definition}. */
package dev.mailroom.deploy.taskdef;
