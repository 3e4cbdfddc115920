package fr.victimportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The bundle's hashed files are kept a year once Vaadin allows caching them (its production "max-age=3600"); its
 * development "no-cache", its "must-revalidate" and any file whose name carries no hash keep Vaadin's own header.
 */
class BuildFilesCacheTest {

    private static String served(String uri, String vaadinsHeader) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new BuildFilesCache.Forever()
                .doFilter(
                        request,
                        response,
                        (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", vaadinsHeader));
        return response.getHeader("Cache-Control");
    }

    @Test
    void aHashedBuildFileIsKeptAYearInProduction() throws Exception {
        assertThat(served("/VAADIN/build/indexhtml-DxjBb0Nd.js", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(served("/VAADIN/build/generated-flow-imports-BNfk_8q0.css", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(served("/VAADIN/build/chunks/chunk-3a9f0c2b-Ab12Cd34.js", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void developmentModeUnhashedNamesAndNoCacheStayAsVaadinSaid() throws Exception {
        assertThat(served("/VAADIN/build/indexhtml-DxjBb0Nd.js", "no-cache")).isEqualTo("no-cache");
        assertThat(served("/VAADIN/build/indexhtml-DxjBb0Nd.js", "public, max-age=0, must-revalidate"))
                .isEqualTo("public, max-age=0, must-revalidate");
        assertThat(served("/VAADIN/build/sw.js", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(served("/VAADIN/build/vaadin-bundle.js", "max-age=3600")).isEqualTo("max-age=3600");
    }
}
