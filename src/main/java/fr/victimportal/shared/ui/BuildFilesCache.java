package fr.victimportal.shared.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The production bundle's files ({@code /VAADIN/build/…}) carry a hash of their content in their name, so a browser may
 * keep them for good: a new bundle has new names. Vaadin's static file server gives them one hour
 * ({@code max-age=3600}), after which a phone asks again for each of them on every page (issue 25). This keeps them a
 * year, {@code immutable}, but only where Vaadin itself allows caching (production mode: in development it sends
 * {@code no-cache}, which is left alone) and only for a name ending in a content hash.
 */
@Configuration(proxyBeanMethods = false)
public class BuildFilesCache {

    /** Vite's names: {@code indexhtml-DxjBb0Nd.js}, {@code generated-flow-imports-BNfk8q0d.css}. */
    static final Pattern HASHED = Pattern.compile("/VAADIN/build/(?:[^/]+/)*[^/]+-[A-Za-z0-9_-]{8}\\.(?:js|css)$");

    static final String FOREVER = "public, max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<Filter> buildFilesCacheFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Forever());
        registration.addUrlPatterns("/VAADIN/build/*");
        registration.setName("buildFilesCache");
        return registration;
    }

    /** Rewrites Vaadin's caching header of a hashed build file, when Vaadin allows caching at all. */
    static final class Forever implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest http
                    && response instanceof HttpServletResponse out
                    && HASHED.matcher(http.getRequestURI()).find()) {
                chain.doFilter(request, new HttpServletResponseWrapper(out) {
                    @Override
                    public void setHeader(String name, String value) {
                        super.setHeader(name, cached(name, value));
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        super.addHeader(name, cached(name, value));
                    }
                });
                return;
            }
            chain.doFilter(request, response);
        }

        private static String cached(String name, String value) {
            boolean cacheable = value != null && value.contains("max-age=") && !value.contains("max-age=0");
            return "Cache-Control".equalsIgnoreCase(name) && cacheable ? FOREVER : value;
        }
    }
}
