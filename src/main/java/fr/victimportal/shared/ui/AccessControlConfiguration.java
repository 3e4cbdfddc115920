package fr.victimportal.shared.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.MenuAccessControl;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.menu.AvailableViewInfo;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringMenuAccessControl;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's navigation and menu access control with the roles checker provided once. vaadin-spring's own
 * ({@code SecurityUtil.getRolesChecker}) looks the role prefix holder up through Vaadin's {@code Lookup} at every
 * check, and that lookup always runs a {@code ServiceLoader} scan of the class path as well (under the class loader's
 * lock): once per navigation and once per menu entry. Here the holder is the Spring bean, injected once; the check
 * itself is unchanged (the request's {@code isUserInRole}, the role prefix set from the security filter chain the
 * first time, exactly as vaadin-spring does), and push requests keep vaadin-spring's own path.
 */
@Configuration(proxyBeanMethods = false)
class AccessControlConfiguration {

    /** Vaadin declares its menu access control only when none exists: this one replaces it. */
    @Bean
    MenuAccessControl portalMenuAccessControl(ObjectProvider<VaadinRolePrefixHolder> prefix) {
        return new SpringMenuAccessControl() {
            @Override
            public boolean canAccessView(AvailableViewInfo view) {
                VaadinRequest request = VaadinRequest.getCurrent();
                if (!plainRequest(request)) {
                    return super.canAccessView(view);
                }
                return MenuAccessControl.canAccessView(
                        view, request.getUserPrincipal(), rolesChecker(request, prefix.getObject()));
            }
        };
    }

    /**
     * Vaadin's navigation access control bean is not meant to be replaced by a bean of one's own; this rebuilds it,
     * from the same configurer and checkers, as a subclass whose only change is the roles checker.
     */
    @Bean
    static BeanPostProcessor onceCheckedRoles(
            ObjectProvider<NavigationAccessControlConfigurer> configurer,
            ObjectProvider<NavigationAccessChecker> checkers,
            ObjectProvider<VaadinRolePrefixHolder> prefix) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean.getClass() != SpringNavigationAccessControl.class) {
                    return bean;
                }
                NavigationAccessControl rebuilt = configurer
                        .getObject()
                        .build(
                                (list, resolver) -> new SpringNavigationAccessControl(list, resolver) {
                                    @Override
                                    protected Predicate<String> getRolesChecker(VaadinRequest request) {
                                        return plainRequest(request)
                                                ? rolesChecker(request, prefix.getObject())
                                                : super.getRolesChecker(request);
                                    }
                                },
                                List.copyOf(checkers.orderedStream().toList()));
                rebuilt.setEnabled(((NavigationAccessControl) bean).isEnabled());
                return rebuilt;
            }
        };
    }

    private static boolean plainRequest(@Nullable VaadinRequest request) {
        return request != null && !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH);
    }

    private static Predicate<String> rolesChecker(VaadinRequest request, VaadinRolePrefixHolder prefix) {
        if (!prefix.isSet()) {
            prefix.resetRolePrefix(request);
        }
        return request::isUserInRole;
    }
}
