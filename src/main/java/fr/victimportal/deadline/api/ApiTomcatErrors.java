package fr.victimportal.deadline.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Tomcat answers itself, before the app sees the request (a request line or header over Tomcat's limit, a
 * malformed request), come back as the API's JSON for {@code /api/} addresses, and for a request too broken to have
 * an address; every other page keeps Tomcat's plain report. The API itself refuses an over-long query with JSON
 * ({@link DeadlineApiController#MAX_QUERY_LENGTH}); this covers what is longer than Tomcat accepts (8 KB by default,
 * {@code server.max-http-request-header-size}).
 */
@Configuration(proxyBeanMethods = false)
class ApiTomcatErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorsForTheApi() {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                return;
            }
            // The host's valves are in place (Tomcat's default report, or Spring Boot's): replace them by one that
            // answers JSON for the API and behaves like them elsewhere.
            Container host = context.getParent();
            boolean showReport = false;
            boolean showServerInfo = false;
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve report && !(valve instanceof JsonForApi)) {
                    showReport = report.isShowReport();
                    showServerInfo = report.isShowServerInfo();
                    host.getPipeline().removeValve(valve);
                }
            }
            JsonForApi json = new JsonForApi();
            json.setShowReport(showReport);
            json.setShowServerInfo(showServerInfo);
            host.getPipeline().addValve(json);
        }));
    }

    /** Tomcat's error report, in JSON for the API. */
    static final class JsonForApi extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            boolean unparsed = (uri == null || uri.isEmpty()) && status == 400;
            if (status < 400 || response.getContentWritten() > 0 || !(api || unparsed)) {
                super.report(request, response, throwable);
                return;
            }
            String reason = throwable != null
                            && throwable.getMessage() != null
                            && throwable.getMessage().contains("too large")
                    ? "too long: the request line or a header exceeds the server's limit"
                    : "the server could not read this request (HTTP " + status + ")";
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JsonMapper.shared()
                            .writeValueAsString(JsonMapper.shared()
                                    .createObjectNode()
                                    .put("parameter", "query")
                                    .put("message", "query: " + reason)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was committed meanwhile: nothing more to say
            }
        }
    }
}
