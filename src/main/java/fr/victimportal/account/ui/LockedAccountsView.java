package fr.victimportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.AccountService.LockedAccount;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Support: accounts locked after repeated failed logins, and unlocking one once the owner's identity is checked.
 * Shows the login only, never a claim or a document.
 */
@Route(value = "support/comptes-bloques", layout = MainLayout.class)
@RolesAllowed("AGENT")
@Menu(title = "nav.lockedAccounts", order = 90, icon = "vaadin:lock")
public class LockedAccountsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<LockedAccount> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public LockedAccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("portal-page");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClockConfiguration.PARIS);
        grid.addColumn(LockedAccount::email)
                .setHeader(getTranslation("locked.email"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation("role." + a.role())).setHeader(getTranslation("locked.role"));
        grid.addColumn(LockedAccount::failedAttempts).setHeader(getTranslation("locked.attempts"));
        grid.addColumn(a -> time.format(a.lockedUntil())).setHeader(getTranslation("locked.until"));
        grid.addComponentColumn(a -> {
                    Button unlock = new Button(getTranslation("locked.unlock"), e -> unlock(a));
                    unlock.setAriaLabel(getTranslation("locked.unlock.aria", a.email()));
                    unlock.setDisableOnClick(true);
                    return unlock;
                })
                .setHeader(getTranslation("locked.action"))
                .setKey("action");
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("locked.title")), new Paragraph(getTranslation("locked.intro")), empty, grid);
        refresh();
    }

    private void unlock(LockedAccount account) {
        accounts.unlock(account.id());
        Notification.show(getTranslation("locked.unlocked", account.email()));
        refresh();
    }

    private void refresh() {
        var locked = accounts.lockedAccounts();
        grid.setItems(locked);
        grid.setVisible(!locked.isEmpty());
        empty.setText(locked.isEmpty() ? getTranslation("locked.none") : "");
        empty.setVisible(locked.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("locked.title") + " · " + getTranslation("app.name");
    }
}
