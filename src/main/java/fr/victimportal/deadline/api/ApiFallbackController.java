package fr.victimportal.deadline.api;

import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.shared.i18n.PortalLocales;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every address under {@code /api/} that no API endpoint answers gets JSON, never a portal page: 405 with
 * {@code Allow} for an existing address asked with another method ({@code POST /api/v1/deadlines}), 404 for an
 * unknown address. The body has the shape of the API's other refusals ({@code status}, {@code error},
 * {@code message}), the message in the request's language ({@code lang}, else {@code Accept-Language}, French by
 * default), JSON whatever the request's {@code Accept} says. An endpoint's own mapping is more specific than
 * {@code /api/**}, so it always wins for the methods it declares.
 */
@RestController
class ApiFallbackController {

    private final I18NProvider texts;
    private final RequestMappingHandlerMapping mappings;

    ApiFallbackController(
            I18NProvider texts, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.texts = texts;
        this.mappings = mappings;
    }

    // every method, OPTIONS included (Spring MVC would otherwise answer it itself, without a body)
    @RequestMapping(
            path = {"/api", "/api/**"},
            method = {
                RequestMethod.GET,
                RequestMethod.HEAD,
                RequestMethod.POST,
                RequestMethod.PUT,
                RequestMethod.PATCH,
                RequestMethod.DELETE,
                RequestMethod.OPTIONS,
                RequestMethod.TRACE
            })
    ResponseEntity<Map<String, Object>> unanswered(HttpServletRequest request) {
        Locale locale = locale(request);
        Set<String> allowed = allowedMethods(request);
        if (allowed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body(HttpStatus.NOT_FOUND, texts.getTranslation("api.notFound", locale)));
        }
        String allow = String.join(", ", allowed);
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, allow)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        texts.getTranslation("api.methodNotAllowed", locale, request.getMethod(), allow)));
    }

    private static Map<String, Object> body(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.name());
        body.put("message", message);
        return body;
    }

    /** The methods the API's endpoints declare for this address (none: the address is unknown). */
    private Set<String> allowedMethods(HttpServletRequest request) {
        PathContainer path = (ServletRequestPathUtils.hasParsedRequestPath(request)
                        ? ServletRequestPathUtils.getParsedRequestPath(request)
                        : ServletRequestPathUtils.parseAndCache(request))
                .pathWithinApplication();
        Set<String> allowed = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getBeanType() == ApiFallbackController.class
                    || mapping.getKey().getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern :
                    mapping.getKey().getPathPatternsCondition().getPatterns()) {
                if (pattern.matches(path)) {
                    mapping.getKey().getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
                }
            }
        }
        return allowed;
    }

    /** Like the API's texts: {@code lang} first, then the browser's languages, French when it names neither. */
    private static Locale locale(HttpServletRequest request) {
        return PortalLocales.fromTag(request.getParameter("lang"))
                .orElseGet(() -> request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                        ? PortalLocales.FRENCH
                        : PortalLocales.fromBrowser(request.getLocales()));
    }
}
