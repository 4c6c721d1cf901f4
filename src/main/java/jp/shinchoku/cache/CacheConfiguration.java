package jp.shinchoku.cache;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the public response cache right after Spring Security's filters: the login is known by then,
 * and every answer served from the cache still carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CacheConfiguration {

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(CacheProperties properties, PublicationVersion version,
            LocaleResolver localeResolver, List<CacheKeyPart> keyParts) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
                new PublicPageCache(properties, version, localeResolver, keyParts));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setEnabled(properties.enabled());
        return registration;
    }
}
