package dev.mailroom.service.security;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The one security filter chain of every service: stateless, API keys and (when configured) JWTs, deny by default.
 * Open: the health probes. Role {@code ops}: the rest of Actuator. Any valid credential: the OpenAPI document. The
 * service's own endpoints: the roles of its {@link EndpointRoles} bean. Everything else is denied: 401 without
 * credentials, 403 with them. 401, 403 and firewall rejections are problem details.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet"
                    + ".OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class ServiceSecurityAutoConfiguration {

    /** The open probes: ECS, Kubernetes and load balancers call them without credentials. */
    public static final List<String> OPEN_PATHS =
            List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

    /** The OpenAPI document: any valid credential. */
    public static final List<String> API_DOCS_PATHS = List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**");

    private static final Logger log = LoggerFactory.getLogger(ServiceSecurityAutoConfiguration.class);

    @Bean
    ApiKeys mailroomApiKeys(ServiceSecurityProperties properties, Environment environment) {
        boolean local = environment.matchesProfiles("local");
        ApiKeys keys = ApiKeys.of(properties, local);
        log.info(
                "authentication: {} API key client(s) {}, JWT {}",
                keys.size(),
                properties.apiKeys().keySet().stream().sorted().toList(),
                properties.jwt().enabled() ? "from " + issuerOrKeys(properties.jwt()) : "off");
        return keys;
    }

    /** Also keeps Spring Boot from creating its default user with a generated password. */
    @Bean
    ApiKeyAuthenticationProvider mailroomApiKeyAuthenticationProvider(ApiKeys keys) {
        return new ApiKeyAuthenticationProvider(keys);
    }

    @Bean
    ProblemResponses mailroomProblemResponses(
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> resolver) {
        return new ProblemResponses(resolver);
    }

    @Bean
    SecurityFilterChain mailroomSecurityFilterChain(
            HttpSecurity http,
            ServiceSecurityProperties properties,
            ApiKeyAuthenticationProvider apiKeys,
            ProblemResponses problems,
            ObjectProvider<EndpointRoles> endpointRoles) {
        ServiceSecurityProperties.Jwt jwt = properties.jwt();
        List<EndpointRoles.Rule> rules = new ArrayList<>();
        endpointRoles.orderedStream().forEach(roles -> rules.addAll(roles.rules()));
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(apiKeys, problems, jwt.enabled()),
                        BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> {
                    // an error dispatch renders the error of a request that was already authorized or refused
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    authorize
                            .requestMatchers(HttpMethod.GET, OPEN_PATHS.toArray(String[]::new))
                            .permitAll();
                    for (EndpointRoles.Rule rule : rules) {
                        authorize
                                .requestMatchers(rule.method(), rule.pattern())
                                .hasRole(rule.role().name());
                    }
                    authorize.requestMatchers("/actuator", "/actuator/**").hasRole(Role.OPS.name());
                    authorize
                            .requestMatchers(HttpMethod.GET, API_DOCS_PATHS.toArray(String[]::new))
                            .authenticated();
                    authorize.anyRequest().denyAll();
                });
        if (jwt.enabled()) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(jwt.rolesClaim(), jwt.rolePrefix()));
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .bearerTokenResolver(jwtOnly())
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(decoder -> decoder.decoder(jwtDecoder(jwt)).jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }

    /** Bearer tokens shaped like a JWT; the others are API keys, read by {@link ApiKeyAuthenticationFilter}. */
    private static BearerTokenResolver jwtOnly() {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> {
            String token = bearer.resolve(request);
            return token != null && ApiKeyAuthenticationFilter.looksLikeJwt(token) ? token : null;
        };
    }

    /**
     * A decoder for the issuer's JWK set: signature, {@code exp}/{@code nbf}, the issuer when configured, the
     * audience when configured. With an issuer only, its discovery document is read on the first token, so the
     * service starts while the issuer is unreachable.
     */
    static JwtDecoder jwtDecoder(ServiceSecurityProperties.Jwt jwt) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(
                jwt.issuerUri() == null
                        ? JwtValidators.createDefault()
                        : JwtValidators.createDefaultWithIssuer(jwt.issuerUri().toString()));
        if (!jwt.audiences().isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(
                    JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(jwt.audiences()::contains)));
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(validators);
        if (jwt.jwkSetUri() != null) {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri().toString()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        URI issuer = jwt.issuerUri();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withIssuerLocation(issuer.toString()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    private static String issuerOrKeys(ServiceSecurityProperties.Jwt jwt) {
        return jwt.issuerUri() != null
                ? jwt.issuerUri().toString()
                : jwt.jwkSetUri().toString();
    }
}
