package jp.shinchoku.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** The API's ETags and its OpenAPI description (served at /v3/api-docs, shown at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    static final String BEARER = "bearer";

    /**
     * Every successful GET of the API gets an ETag and honours If-None-Match. Handlers of published
     * data set theirs from the snapshot and answer 304 before reading anything; for the others the
     * filter hashes the body, which saves the transfer if not the work.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*");
        registration.setName("apiEtags");
        return registration;
    }

    @Bean
    OpenAPI shinchokuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Shinchoku API").version("v1")
                        .description("""
                                Published plans of Japanese local governments and their progress, as JSON; and the \
                                writes a department makes during a reporting round, with the same rules as the staff \
                                screens. Reads are public. Writes need an API token (`./shinchoku token create USERNAME`) \
                                sent as `Authorization: Bearer TOKEN`. Errors are RFC 9457 problem details, in Japanese \
                                or, with `Accept-Language: en`, in English. See docs/api.md.""")
                        .license(new License().name("CC BY 4.0 (the data, unless its organisation licenses it otherwise)").identifier("CC-BY-4.0")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("shk_…")
                        .description("An API token made with ./shinchoku token create USERNAME; it acts as that account.")));
    }
}
