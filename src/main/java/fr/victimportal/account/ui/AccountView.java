package fr.victimportal.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.PasswordPolicy;
import fr.victimportal.account.PersonalDataExport;
import fr.victimportal.account.Role;
import fr.victimportal.account.SessionEpochFilter;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in person's account: their name and language, their reminder choices, a new password (which ends their
 * other sessions), all their data as a ZIP (RGPD art. 20), and deleting the account, with what is kept and why.
 */
@Route(value = "mon-compte", layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.account", order = 85, icon = "vaadin:user")
public class AccountView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    public AccountView(
            AccountService accounts, PersonalDataExport export, AuthenticationContext authentication, Clock clock) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassNames("portal-page", "account-page");
        AccountService.Profile me = accounts.myProfile();
        add(new H1(getTranslation("account.title")), profile(me));
        if (me.role() == Role.VICTIM || me.role() == Role.HELPER || me.role() == Role.DOCTOR) {
            Section mails = section("account.mails.title");
            mails.add(
                    new Paragraph(getTranslation("account.mails.text")),
                    new Anchor("preferences/courriels", getTranslation("account.mails.link")));
            add(mails);
        }
        add(password(), data(export, clock), deletion(me));
    }

    private Section section(String titleKey) {
        Section s = new Section(new H2(getTranslation(titleKey)));
        s.addClassName("card");
        return s;
    }

    private Section profile(AccountService.Profile me) {
        Section s = section("account.profile.title");
        TextField email = new TextField(getTranslation("account.profile.email"));
        email.setValue(me.email());
        email.setReadOnly(true);
        email.setHelperText(getTranslation("account.profile.email.help"));
        TextField name = new TextField(getTranslation("account.profile.name"));
        name.setValue(me.displayName());
        name.setMaxLength(120);
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("account.profile.language"));
        language.setItems(Locale.FRENCH, Locale.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("account.language." + l.getLanguage()));
        language.setValue(me.language().getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH);
        Button save = new Button(getTranslation("account.profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Refusals refusals = Refusals.of(this).otherwiseOn(name);
        save.addClickListener(e -> {
            refusals.clear();
            refusals.attempt(() -> {
                accounts.updateMyProfile(name.getValue(), language.getValue());
                Notification.show(getTranslation("account.profile.saved"));
                if (!language.getValue().getLanguage().equals(getLocale().getLanguage())) {
                    VaadinSession.getCurrent().setLocale(language.getValue());
                    UI.getCurrent().getPage().reload();
                }
            });
        });
        Div column = new Div(email, name, language, save);
        column.addClassName("form-column");
        s.add(column);
        return s;
    }

    private Section password() {
        Section s = section("account.password.title");
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        PasswordField fresh = new PasswordField(getTranslation("account.password.new"));
        fresh.setHelperText(getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
        PasswordField again = new PasswordField(getTranslation("account.password.again"));
        Button change = new Button(getTranslation("account.password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).otherwiseOn(fresh);
        refusals.field("current", current);
        refusals.field("again", again);
        change.addClickListener(e -> {
            refusals.clear();
            refusals.attempt(() -> {
                if (!fresh.getValue().equals(again.getValue())) {
                    throw new UserInputException("again", "account.password.error.again");
                }
                int epoch = accounts.changeMyPassword(current.getValue(), fresh.getValue());
                // this session carries on; the account's other sessions end at their next request
                VaadinSession.getCurrent().getSession().setAttribute(SessionEpochFilter.ATTRIBUTE, epoch);
                current.clear();
                fresh.clear();
                again.clear();
                Notification.show(getTranslation("account.password.changed"));
            });
            change.setEnabled(true);
        });
        Div column = new Div(new Paragraph(getTranslation("account.password.text")), current, fresh, again, change);
        column.addClassName("form-column");
        s.add(column);
        return s;
    }

    private Section data(PersonalDataExport export, Clock clock) {
        Section s = section("account.data.title");
        Anchor download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(PersonalDataExport.fileName(LocalDate.now(clock)));
                    event.setContentType("application/zip");
                    export.writeMine(event.getOutputStream());
                },
                getTranslation("account.data.download"));
        download.addClassName("action-link");
        s.add(new Paragraph(getTranslation("account.data.text")), download);
        return s;
    }

    private Section deletion(AccountService.Profile me) {
        Section s = section("account.delete.title");
        s.addClassName("account-delete");
        UnorderedList deleted = new UnorderedList();
        UnorderedList kept = new UnorderedList();
        for (String key : List.of("login", "access", "mandates")) {
            deleted.add(new ListItem(getTranslation("account.delete.deleted." + key)));
        }
        for (String key : List.of("claim", "documents", "audit")) {
            kept.add(new ListItem(getTranslation("account.delete.kept." + key)));
        }
        PasswordField password = new PasswordField(getTranslation("account.password.current"));
        Checkbox understood = new Checkbox(getTranslation("account.delete.understood"));
        Paragraph notUnderstood = new Paragraph(getTranslation("account.delete.error.understood"));
        notUnderstood.addClassName("form-error");
        notUnderstood.getElement().setAttribute("role", "alert");
        notUnderstood.setVisible(false);
        understood.addValueChangeListener(e -> notUnderstood.setVisible(false));
        Button delete = new Button(getTranslation("account.delete.button"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Refusals refusals = Refusals.of(this).otherwiseOn(password);
        delete.addClickListener(e -> {
            refusals.clear();
            if (!understood.getValue()) {
                notUnderstood.setVisible(true);
                return;
            }
            refusals.attempt(() -> {
                accounts.deleteMyAccount(password.getValue());
                authentication.logout();
            });
        });
        Div column = new Div(
                new Paragraph(getTranslation("account.delete.intro")),
                new Paragraph(getTranslation("account.delete.deleted")),
                deleted,
                new Paragraph(getTranslation("account.delete.kept")),
                kept,
                new Paragraph(getTranslation("account.delete.export")),
                password,
                understood,
                notUnderstood,
                delete);
        column.addClassName("form-column");
        s.add(column);
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
