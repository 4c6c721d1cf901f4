package jp.shinchoku.cache;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the public response cache right after Spring Security's filters, where the login is known
 * and pages are stored, and its fast path ahead of the session and security filters, where a
 * reader without a session is answered from it with the security headers replayed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CacheConfiguration {

    @Bean
    PublicPageCache publicPageCacheFilter(CacheProperties properties, PublicationVersion version,
            LocaleResolver localeResolver, List<CacheKeyPart> keyParts) {
        return new PublicPageCache(properties, version, localeResolver, keyParts);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(PublicPageCache cache, CacheProperties properties) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setEnabled(properties.enabled());
        return registration;
    }

    /** After the request's character encoding is set, before Spring Session (HIGHEST_PRECEDENCE + 50). */
    @Bean
    FilterRegistrationBean<AnonymousFastPath> anonymousFastPath(PublicPageCache cache, CacheProperties properties) {
        FilterRegistrationBean<AnonymousFastPath> registration = new FilterRegistrationBean<>(new AnonymousFastPath(cache));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setEnabled(properties.enabled());
        return registration;
    }
}
