package fr.victimportal.insurer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.account.InsurerMembers.Member;
import fr.victimportal.insurer.AgentInvitations;
import fr.victimportal.insurer.AgentInvitations.Pending;
import fr.victimportal.insurer.AgentNotFoundException;
import fr.victimportal.insurer.InsurerAdmin;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * The insurer's administrator's agents: who they are and their state (active, locked until …, retired, last
 * sign-in), the invitations not answered yet, a form to invite a new agent, and retiring (after a confirmation) or
 * unlocking one. Shows no claim.
 */
@Route(value = "assureur/agents", layout = MainLayout.class)
@RolesAllowed("INSURER_ADMIN")
@Menu(title = "nav.insurerAgents", order = 2, icon = "vaadin:users")
public class AgentsView extends Main implements HasDynamicTitle {

    private final InsurerAdmin admin;
    private final AgentInvitations invitations;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final H1 title = new H1();
    private final Grid<Member> agents = new Grid<>();
    private final Grid<Pending> pending = new Grid<>();
    private final Paragraph noAgent = new Paragraph();
    private final Paragraph noPending = new Paragraph();

    public AgentsView(InsurerAdmin admin, AgentInvitations invitations, Clock clock) {
        this.admin = admin;
        this.invitations = invitations;
        this.clock = clock;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClockConfiguration.PARIS);
        addClassName("portal-page");
        agents.addColumn(Member::displayName)
                .setHeader(getTranslation("insurer.agents.name"))
                .setFlexGrow(2);
        agents.addColumn(Member::email)
                .setHeader(getTranslation("insurer.agents.email"))
                .setFlexGrow(2);
        agents.addColumn(this::state)
                .setHeader(getTranslation("insurer.agents.state"))
                .setKey("state");
        agents.addColumn(m -> when(m.lastLoginAt())).setHeader(getTranslation("insurer.agents.lastLogin"));
        agents.addComponentColumn(this::actions)
                .setHeader(getTranslation("insurer.agents.action"))
                .setKey("action");
        agents.setAllRowsVisible(true);
        agents.setAriaLabel(getTranslation("insurer.agents.list"));
        pending.addColumn(Pending::name).setHeader(getTranslation("insurer.agents.name"));
        pending.addColumn(Pending::email).setHeader(getTranslation("insurer.agents.email"));
        pending.addColumn(p -> getTranslation(
                        p.expired() ? "insurer.agents.invitationExpired" : "insurer.agents.invited",
                        time.format(p.expiresAt())))
                .setHeader(getTranslation("insurer.agents.state"));
        pending.addComponentColumn(this::cancelButton)
                .setHeader(getTranslation("insurer.agents.action"))
                .setKey("action");
        pending.setAllRowsVisible(true);
        pending.setAriaLabel(getTranslation("insurer.agents.pending"));
        Section list = new Section(new H2(getTranslation("insurer.agents.list")), noAgent, agents);
        Section open = new Section(new H2(getTranslation("insurer.agents.pending")), noPending, pending);
        add(title, new Paragraph(getTranslation("insurer.agents.intro")), list, inviteForm(), open);
        refresh();
    }

    private Section inviteForm() {
        TextField name = new TextField(getTranslation("insurer.agents.invite.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("insurer.agents.invite.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("insurer.agents.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).reenabling(send);
        refusals.field("name", name);
        refusals.field("email", email);
        send.addClickListener(e -> {
            String address = email.getValue().strip();
            if (refusals.attempt(() -> invitations.invite(name.getValue(), address, getLocale()))) {
                // the same answer whether or not the address already has an account
                Notification.show(getTranslation("insurer.agents.invite.sent", address));
                name.clear();
                email.clear();
                send.setEnabled(true);
                refresh();
            }
        });
        Div form = new Div(name, email, send);
        form.addClassName("form-column");
        return new Section(
                new H2(getTranslation("insurer.agents.invite.title")),
                new Paragraph(getTranslation("insurer.agents.invite.help")),
                form);
    }

    private String state(Member m) {
        if (m.retiredAt() != null) {
            return getTranslation("insurer.agents.retired", time.format(m.retiredAt()));
        }
        if (m.lockedAt(clock.instant())) {
            return getTranslation("insurer.agents.locked", time.format(m.lockedUntil()));
        }
        return getTranslation("insurer.agents.active");
    }

    private String when(@Nullable Instant at) {
        return at == null ? getTranslation("insurer.agents.never") : time.format(at);
    }

    private Div actions(Member m) {
        Div buttons = new Div();
        if (m.retiredAt() != null) {
            return buttons;
        }
        if (m.lockedAt(clock.instant())) {
            Button unlock = new Button(
                    getTranslation("insurer.agents.unlock"),
                    e -> act(() -> {
                        admin.unlock(m.id());
                        Notification.show(getTranslation("insurer.agents.unlocked", m.displayName()));
                    }));
            unlock.setAriaLabel(getTranslation("insurer.agents.unlock.aria", m.displayName()));
            unlock.setDisableOnClick(true);
            buttons.add(unlock);
        }
        Button retire = new Button(getTranslation("insurer.agents.retire"));
        retire.setAriaLabel(getTranslation("insurer.agents.retire.aria", m.displayName()));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("insurer.agents.retire.confirm.title", m.displayName()),
                    getTranslation("insurer.agents.retire.confirm.text", m.displayName()),
                    getTranslation("insurer.agents.retire.confirm.yes"),
                    ok -> act(() -> {
                        admin.retire(m.id());
                        Notification.show(getTranslation("insurer.agents.retiredNow", m.displayName()));
                    }));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("insurer.agents.retire.confirm.no"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        buttons.add(retire);
        return buttons;
    }

    private Button cancelButton(Pending p) {
        Button cancel = new Button(
                getTranslation("insurer.agents.cancelInvitation"),
                e -> act(() -> {
                    invitations.cancel(p.id());
                    Notification.show(getTranslation("insurer.agents.cancelled", p.email()));
                }));
        cancel.setAriaLabel(getTranslation("insurer.agents.cancelInvitation.aria", p.email()));
        cancel.setDisableOnClick(true);
        return cancel;
    }

    /** Runs an action on a row; a row that went away meanwhile (another tab) says so. Then the lists are read again. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (AgentNotFoundException gone) {
            Notification.show(getTranslation("insurer.agents.gone"));
        }
        refresh();
    }

    private void refresh() {
        InsurerAdmin.Team team = admin.team();
        title.setText(
                getTranslation("insurer.agents.title", team.insurer().label(getTranslation("insurer.fictitious"))));
        agents.setItems(team.agents());
        agents.setVisible(!team.agents().isEmpty());
        noAgent.setText(team.agents().isEmpty() ? getTranslation("insurer.agents.none") : "");
        noAgent.setVisible(team.agents().isEmpty());
        var open = invitations.pending();
        pending.setItems(open);
        pending.setVisible(!open.isEmpty());
        noPending.setText(open.isEmpty() ? getTranslation("insurer.agents.noPending") : "");
        noPending.setVisible(open.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.insurerAgents") + " · " + getTranslation("app.name");
    }
}
