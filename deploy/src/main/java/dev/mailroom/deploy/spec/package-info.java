/** The one description of every deployed service that the CDK stack and the ECS JSON files are both rendered from. */
package dev.mailroom.deploy.spec;
