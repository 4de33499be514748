/** The CDK stacks: image repositories, and the network, bucket, ECS services, load balancer and Flink application. */
package dev.mailroom.deploy.stack;
