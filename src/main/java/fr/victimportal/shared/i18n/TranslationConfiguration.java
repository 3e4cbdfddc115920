package fr.victimportal.shared.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One translation source for screens, mails and the JSON API: Vaadin's provider over
 * vaadin-i18n/translations*.properties, as a bean (Vaadin uses the bean when there is one).
 */
@Configuration(proxyBeanMethods = false)
public class TranslationConfiguration {

    @Bean
    public I18NProvider i18nProvider() {
        return new DefaultI18NProvider(PortalLocales.SUPPORTED);
    }
}
