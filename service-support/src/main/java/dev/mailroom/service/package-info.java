/** Spring Boot auto-configuration shared by ingest-, classifier- and training-service. */
package dev.mailroom.service;
