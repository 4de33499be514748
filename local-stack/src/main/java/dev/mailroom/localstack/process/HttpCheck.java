package dev.mailroom.localstack.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ready when a GET of the URL answers 2xx (e.g. a Spring Boot readiness probe). */
public record HttpCheck(URI url) implements HealthCheck {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Override
    public boolean ready() {
        try {
            HttpResponse<Void> response = CLIENT.send(
                    HttpRequest.newBuilder(url)
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String describe() {
        return "GET " + url;
    }
}
