package dev.mailroom.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTest {

    static final String LONG_KEY = "Zr8uT2m0qLw5vX9bN3cK7yH1";

    static ServiceSecurityProperties keys(Map<String, ServiceSecurityProperties.ApiKeyClient> clients) {
        return new ServiceSecurityProperties(clients, null);
    }

    static ServiceSecurityProperties.ApiKeyClient client(String key, Role... roles) {
        return new ServiceSecurityProperties.ApiKeyClient(key, Set.of(roles));
    }

    @Test
    void aPresentedKeyFindsItsClientAndAnyOtherNone() {
        ApiKeys keys = ApiKeys.of(
                keys(Map.of("scanner", client(LONG_KEY, Role.UPLOAD), "ops", client(LONG_KEY + "x", Role.OPS))), false);

        assertThat(keys.match(LONG_KEY)).map(ApiKeys.Client::name).contains("scanner");
        assertThat(keys.match(LONG_KEY + "x")).map(ApiKeys.Client::roles).contains(Set.of(Role.OPS));
        assertThat(keys.match(LONG_KEY.substring(1))).isEmpty();
        assertThat(keys.match("")).isEmpty();
    }

    @Test
    void outsideLocalNoCredentialSourceRefusesToStart() {
        assertThatThrownBy(() -> ApiKeys.of(keys(Map.of()), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MAILROOM_SECURITY_APIKEYS_<CLIENT>_KEY")
                .hasMessageContaining("MAILROOM_SECURITY_JWT_ISSUERURI");
    }

    @Test
    void aJwtIssuerAloneIsACredentialSource() {
        ServiceSecurityProperties jwtOnly = new ServiceSecurityProperties(
                Map.of(),
                new ServiceSecurityProperties.Jwt(
                        java.net.URI.create("https://issuer.example"), null, null, null, null));

        assertThat(ApiKeys.of(jwtOnly, false).size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"change-me", "mailroom-local-key", "CHANGE-ME", "short-key", " ", ""})
    void blankShortOrDefaultKeysRefuseToStartOutsideLocal(String key) {
        assertThatThrownBy(() -> ApiKeys.of(keys(Map.of("scanner", client(key, Role.UPLOAD))), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MAILROOM_SECURITY_APIKEYS_SCANNER_KEY")
                .hasMessageNotContaining(key.isBlank() ? "\u0000" : key);
    }

    @Test
    void theLocalProfileAcceptsTheDefaultKeyButNotABlankOne() {
        ApiKeys local = ApiKeys.of(keys(Map.of("local", client("mailroom-local-key", Role.values()))), true);

        assertThat(local.match("mailroom-local-key")).map(ApiKeys.Client::roles).contains(Set.of(Role.values()));
        assertThatThrownBy(() -> ApiKeys.of(keys(Map.of("local", client(" ", Role.UPLOAD))), true))
                .hasMessageContaining("blank");
    }

    @Test
    void clientsNeedRolesAndNamesThatEnvironmentVariablesCanBind() {
        assertThatThrownBy(() -> ApiKeys.of(keys(Map.of("scanner", client(LONG_KEY))), false))
                .hasMessageContaining("MAILROOM_SECURITY_APIKEYS_SCANNER_ROLES");
        assertThatThrownBy(() -> ApiKeys.of(keys(Map.of("my-scanner", client(LONG_KEY, Role.UPLOAD))), false))
                .hasMessageContaining("lower-case letters and digits");
        assertThatThrownBy(() ->
                        ApiKeys.of(keys(Map.of("scanner", client("aaaaaaaaaa.bbbbbbbbbbb.cccc", Role.UPLOAD))), false))
                .hasMessageContaining("JWT");
    }

    @Test
    void twoClientsCannotShareAKey() {
        assertThatThrownBy(() -> ApiKeys.of(
                        keys(Map.of("scanner", client(LONG_KEY, Role.UPLOAD), "ops", client(LONG_KEY, Role.OPS))),
                        false))
                .hasMessageContaining("share one key")
                .hasMessageNotContaining(LONG_KEY);
    }

    @Test
    void keysNeverAppearInToString() {
        ServiceSecurityProperties properties = keys(Map.of("scanner", client(LONG_KEY, Role.UPLOAD)));

        assertThat(properties.toString()).doesNotContain(LONG_KEY).contains("scanner", "UPLOAD");
        assertThat(ApiKeys.of(properties, false).match(LONG_KEY).orElseThrow().toString())
                .doesNotContain(LONG_KEY);
    }
}
