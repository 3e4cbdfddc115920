package fr.victimportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CompactLastResponseTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void escapesOnlyWhatLatin1CannotHoldAndTheJsonMeansTheSame() {
        String answer = "{\"changes\":[{\"value\":\"L’offre : 15\u202f350,00\u00a0€ — réglée 😀\"}],\"syncId\":3}";

        String compact = CompactLastResponse.latin1(answer);

        assertThat(compact.chars()).allMatch(c -> c <= 0xFF);
        assertThat(compact).contains("réglée").contains("\\u2019").contains("\\u20ac");
        assertThat(json.readTree(compact)).isEqualTo(json.readTree(answer));
    }

    @Test
    void keepsAnAnswerThatIsAlreadyLatin1AsItIs() {
        String answer = "{\"value\":\"réglée\"}";

        assertThat(CompactLastResponse.latin1(answer)).isSameAs(answer);
        assertThat(CompactLastResponse.latin1(null)).isNull();
    }
}
