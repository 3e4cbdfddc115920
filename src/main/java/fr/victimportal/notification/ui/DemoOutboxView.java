package fr.victimportal.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.OutboxMails;
import fr.victimportal.notification.OutboxMails.Content;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo mode only ({@code portal.demo.enabled=true}): every mail the portal wrote, for every demo person, with its HTML
 * and text and its links made relative so they open on this server, so that a newcomer without an SMTP server reads
 * what was sent. The route exists only in demo mode ({@link DemoOutboxRoute}).
 */
@Route(value = DemoOutboxView.PATH, layout = MainLayout.class, registerAtStartup = false)
@PermitAll
@Menu(title = "nav.demoOutbox", order = 99, icon = "vaadin:envelopes-o")
public class DemoOutboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "demo/courriels";
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final OutboxMails mails;
    private final MailDelivery delivery;
    private final Grid<Content> grid = new Grid<>();
    private final Section detail = new Section();
    /** The date a mail was written: on a phone it gives way (the open mail below shows it), so words stay whole. */
    private Grid.Column<Content> created;

    private static final int PHONE_WIDTH = 480;

    public DemoOutboxView(OutboxMails mails, MailDelivery delivery) {
        this.mails = mails;
        this.delivery = delivery;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mails.demoEnabled()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var all = mails.demoOutbox();
        add(
                new H1(getTranslation("demoOutbox.title")),
                new Paragraph(getTranslation("demoOutbox.intro")),
                new Paragraph(getTranslation(delivery.smtpConfigured() ? "demoOutbox.smtp" : "demoOutbox.noSmtp")));
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("demoOutbox.none")));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClockConfiguration.PARIS);
        grid.removeAllColumns();
        // narrow starting widths that grow, and wrapped cells: the four columns read at 360 px, nothing cut off
        created = grid.addColumn(m -> time.format(m.summary().createdAt()))
                .setHeader(getTranslation("demoOutbox.created"))
                .setWidth("4.5rem")
                .setFlexGrow(1);
        grid.addColumn(m -> m.summary().recipient())
                .setHeader(getTranslation("demoOutbox.recipient"))
                .setWidth("4.5rem")
                .setFlexGrow(2);
        grid.addColumn(m -> m.summary().subject())
                .setHeader(getTranslation("demoOutbox.subject"))
                .setWidth("4.5rem")
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation("demoOutbox.status." + m.summary().status()))
                .setHeader(getTranslation("demoOutbox.status"))
                .setWidth("4.5rem")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("demo-outbox-grid");
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        detail.addClassNames("card", "demo-mail");
        add(grid, detail);
        grid.select(all.get(0));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (created != null) {
                created.setVisible(details.getWindowInnerWidth() > PHONE_WIDTH);
            }
        });
        event.getUI().getPage().addBrowserWindowResizeListener(resize -> {
            if (created != null) {
                created.setVisible(resize.getWidth() > PHONE_WIDTH);
            }
        });
    }

    private void show(Content mail) {
        detail.removeAll();
        detail.add(
                new H2(mail.summary().subject()),
                new Paragraph(getTranslation("demoOutbox.to", mail.summary().recipient(), mail.language())),
                new Paragraph(getTranslation(
                        "demoOutbox.writtenOn",
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                                .withLocale(getLocale())
                                .withZone(ClockConfiguration.PARIS)
                                .format(mail.summary().createdAt()))));
        if (mail.summary().lastError() != null) {
            detail.add(new Paragraph(
                    getTranslation("demoOutbox.error", mail.summary().lastError())));
        }
        UnorderedList links = new UnorderedList();
        for (String url : urls(mail.text())) {
            links.add(new ListItem(new Anchor(local(url), url)));
        }
        IFrame html = new IFrame();
        html.setSrcdoc(mail.html());
        html.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_TOP_NAVIGATION_BY_USER_ACTIVATION);
        html.getElement().setAttribute("title", getTranslation("demoOutbox.html"));
        html.addClassName("demo-mail-html");
        html.setWidthFull();
        html.setHeight("32rem");
        Pre text = new Pre(mail.text());
        text.addClassName("demo-mail-text");
        detail.add(
                new H2(getTranslation("demoOutbox.links")),
                links,
                new H2(getTranslation("demoOutbox.html")),
                html,
                new H2(getTranslation("demoOutbox.text")),
                text);
    }

    static Set<String> urls(String text) {
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            urls.add(m.group());
        }
        return urls;
    }

    /** The link's path on this server, so it works whatever host and port the demo runs on. */
    static String local(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demoOutbox.title") + " · " + getTranslation("app.name");
    }
}
