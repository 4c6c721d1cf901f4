package jp.shinchoku.account.internal;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What accounts need in every context, the command line's included: hashing and the login settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginSettings.class)
class AccountConfiguration {

    /**
     * New passwords are hashed with Argon2id (Spring Security's 5.8 defaults: 16 MiB, 2 passes);
     * each hash names its algorithm ({argon2}…), so a future change of algorithm still reads the
     * hashes stored before it. bcrypt is accepted for hashes brought from elsewhere.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
