package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo runs only under its profile and only on a loopback address. */
class DemoModeGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080",
                "http://127.0.0.1:8080",
                "http://127.1.2.3",
                "http://[::1]:8080",
                "http://app.localhost:8080",
                "HTTP://LOCALHOST"
            })
    void theDemoStartsOnALoopbackAddress(String baseUrl) {
        assertThatCode(() -> DemoModeGuard.check(true, true, baseUrl)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://portail.example.fr",
                "http://10.0.0.5:8080",
                "http://192.168.1.2",
                "http://0.0.0.0:8080",
                "http://127.0.0.1.example.org",
                "http://localhost.example.org",
                "http://[::2]",
                "not a url",
                ""
            })
    void theDemoRefusesToStartOnAnyOtherAddress(String baseUrl) {
        assertThatThrownBy(() -> DemoModeGuard.check(true, true, baseUrl))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void theDemoSwitchAloneWithoutTheDemoProfileIsRefused() {
        assertThatThrownBy(() -> DemoModeGuard.check(true, false, "http://localhost:8080"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'demo' profile");
    }

    @Test
    void withoutTheDemoAnyAddressIsFine() {
        assertThatCode(() -> DemoModeGuard.check(false, false, "https://portail.example.fr"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "victime@demo.victim-portal.fr,true",
        "X@DEMO.VICTIM-PORTAL.FR,true",
        "victime@example.org,false",
        "a@notdemo.victim-portal.fr,false",
        "demo.victim-portal.fr@example.org,false"
    })
    void demoAddressesAreThoseOfTheDemoDomain(String address, boolean demo) {
        assertThat(DemoModeGuard.isDemoAddress(address)).isEqualTo(demo);
    }
}
