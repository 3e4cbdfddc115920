package fr.victimportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.AgentQueue;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.notification.OutboxMails;
import fr.victimportal.offer.ui.OfferView;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code @RolesAllowed} is enforced on the services at every call, whatever screen called them; the views, which carry
 * the same annotation for Vaadin's navigation access control, are built as plain objects, not Spring proxies.
 */
class MethodSecurityTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private ClaimFixtures claims;

    @Test
    void aServiceRefusesACallerWithoutTheRole() {
        String victim = claims.newUser(Role.VICTIM, "Lina Perrin");
        assertThatThrownBy(() -> claims.as(victim, () -> claimService.search("Perrin")))
                .isInstanceOf(AccessDeniedException.class);
        String agent = claims.newUser(Role.AGENT, "Agent Bonnet");
        assertThatCode(() -> claims.as(agent, () -> claimService.search("Perrin")))
                .doesNotThrowAnyException();
    }

    @Autowired
    private AgentQueue queue;

    @Autowired
    private OutboxMails mails;

    /** An insurer's administrator manages its agents; the agents' own calls (queue, search, failed mails) refuse them. */
    @Test
    void theAgentsCallsRefuseAnInsurersAdministrator() {
        String admin = claims.newUser(Role.INSURER_ADMIN, "Admin Sécurité");
        AgentQueue.Filter all = new AgentQueue.Filter(null, null, AgentQueue.Due.ANY);
        assertThatThrownBy(() -> claims.as(admin, () -> claimService.search("Perrin")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.as(admin, () -> queue.count(all))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.as(admin, () -> queue.page(all, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.as(admin, () -> mails.failed())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.as(admin, () -> mails.retry(1L))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aViewIsBuiltWithoutAProxy() {
        // Vaadin builds a route target the way its Spring instantiator does: createBean, with every post-processor
        Object view = context.getAutowireCapableBeanFactory().createBean(OfferView.class);
        assertThat(AopUtils.isAopProxy(view)).as("the view is a plain object").isFalse();
        assertThat(AopUtils.isAopProxy(claimService))
                .as("the service is checked at every call")
                .isTrue();
    }
}
