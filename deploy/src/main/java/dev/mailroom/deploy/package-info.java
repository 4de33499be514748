/**
 * mailroom on AWS: the CDK app ({@link dev.mailroom.deploy.MailroomApp}), the service catalog both the stack and the
 * plain ECS task definitions are rendered from ({@code spec}), the stacks ({@code stack}) and the task-definition
 * renderer ({@code taskdef}).
 */
package dev.mailroom.deploy;
