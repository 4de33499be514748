package dev.mailroom.service.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The roles of a JWT: the values of one claim ({@code scope}: space-separated; {@code cognito:groups}: a list), a
 * prefix stripped, read as {@link Role}s; values that name no role are ignored.
 */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final String claim;
    private final String prefix;

    JwtRoles(String claim, String prefix) {
        this.claim = claim;
        this.prefix = prefix;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object value = jwt.getClaims().get(claim);
        List<String> values = new ArrayList<>();
        if (value instanceof String text) {
            values.addAll(Arrays.asList(text.split("[\\s,]+")));
        } else if (value instanceof Collection<?> list) {
            list.forEach(item -> values.add(String.valueOf(item)));
        }
        return values.stream()
                .filter(v -> v.startsWith(prefix))
                .map(v -> Role.parse(v.substring(prefix.length())))
                .flatMap(Optional::stream)
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
