package fr.victimportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Signs in over real HTTP as the login form does: the page is loaded first (it carries the CSRF token in its
 * {@code _csrf} meta tag, which the form posts along), then the form is posted.
 */
public final class HttpSignIn {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static final Pattern ALERT = Pattern.compile("<div[^>]*role=\"alert\"[^>]*>(.*?)</div>", Pattern.DOTALL);

    private HttpSignIn() {}

    /** A browser-like client: keeps its cookies, does not follow redirects. */
    public static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Opens the login page and returns the CSRF token it carries. */
    public static String loginPageToken(HttpClient http, int port) throws IOException, InterruptedException {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError(
                    "no CSRF token on the login page: " + page.substring(0, Math.min(3000, page.length())));
        }
        return m.group(1);
    }

    /** Posts the login form (with the page's token when {@code token} is not null). */
    public static HttpResponse<Void> post(HttpClient http, int port, String email, String password, String token)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Sends a request without a body, as a browser's navigation or a page's own request would. */
    public static HttpResponse<String> send(HttpClient http, int port, String method, String path)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The status the server answers a GET of {@code path} with: 200 when shown, 302 when sent to the login page. */
    public static int status(HttpClient http, int port, String path) throws IOException, InterruptedException {
        return send(http, port, "GET", path).statusCode();
    }

    /** The value of a client's session cookie. */
    public static String sessionId(HttpClient http) {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElseThrow();
    }

    /** The server's own session object behind a client's cookie (the embedded Tomcat's session manager). */
    public static Session serverSession(ServletWebServerApplicationContext web, HttpClient http) {
        try {
            return context(web).getManager().findSession(sessionId(http));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many sessions the embedded Tomcat holds now. */
    public static int sessionCount(ServletWebServerApplicationContext web) {
        return context(web).getManager().findSessions().length;
    }

    private static Context context(ServletWebServerApplicationContext web) {
        return (Context)
                ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
    }

    /** The HTML of a page ({@code /login?error=locked} …) as this client gets it. */
    public static String page(HttpClient http, int port, String path) throws IOException, InterruptedException {
        return send(http, port, "GET", path).body();
    }

    /** The text of the message a page shows with {@code role="alert"} (tags removed), or "" when it shows none. */
    public static String alert(String html) {
        Matcher m = ALERT.matcher(html);
        return m.find()
                ? m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim()
                : "";
    }

    /** Loads the login page, posts the form with its token, and returns where the server sent the browser. */
    public static String signIn(HttpClient http, int port, String email, String password)
            throws IOException, InterruptedException {
        HttpResponse<Void> response = post(http, port, email, password, loginPageToken(http, port));
        if (response.statusCode() != 302) {
            throw new AssertionError("login answered " + response.statusCode());
        }
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawQuery() == null
                ? location.getRawPath()
                : location.getRawPath() + "?" + location.getRawQuery();
    }
}
