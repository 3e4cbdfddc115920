package fr.victimportal.shared.ui;

/**
 * Makes the open calendar of Vaadin's date picker (25.2) pass axe, for every date field of the portal, by two
 * attributes the component leaves out; the script is added once to every page by {@code AppShell}, with no change to
 * the frontend bundle.
 * <ul>
 * <li>{@code aria-required-children} (critical): each month's weekday row is a {@code role="row"} whose cells are all
 * {@code aria-hidden} (the day buttons carry the full date, so the names are hidden on purpose); the row itself is
 * hidden too, so assistive technologies meet no empty row.</li>
 * <li>{@code aria-required-attr} (critical): the input is a {@code role="combobox"} that is expanded without
 * {@code aria-controls}; it now names the calendar it opens (the calendar is a light-DOM child of the date picker, so
 * the id resolves).</li>
 * </ul>
 * Both are set after each render or opening by wrapping the components' own methods, so a calendar the scroller
 * creates later is fixed too. Checked in Chromium with axe-core (JourneysE2E opens a calendar and runs axe on it).
 */
public final class CalendarAccessibility {

    public static final String SCRIPT = """
            (function () {
              if (window.__vpCalendarA11y) { return; }
              window.__vpCalendarA11y = true;
              var seq = 0;
              customElements.whenDefined('vaadin-month-calendar').then(function () {
                var C = customElements.get('vaadin-month-calendar');
                var updated = C.prototype.updated;
                C.prototype.updated = function (changed) {
                  if (updated) { updated.call(this, changed); }
                  var row = this.shadowRoot && this.shadowRoot.querySelector('tr[part~="weekdays"]');
                  if (row && row.getAttribute('aria-hidden') !== 'true') { row.setAttribute('aria-hidden', 'true'); }
                };
                document.querySelectorAll('vaadin-month-calendar').forEach(function (m) { m.requestUpdate(); });
              });
              customElements.whenDefined('vaadin-date-picker').then(function () {
                var P = customElements.get('vaadin-date-picker');
                var openedChanged = P.prototype._openedChanged;
                P.prototype._openedChanged = function (opened) {
                  openedChanged.apply(this, arguments);
                  var content = this._overlayContent;
                  var input = this.inputElement;
                  if (content && input) {
                    if (!content.id) { content.id = 'vp-calendar-' + (++seq); }
                    input.setAttribute('aria-controls', content.id);
                  }
                };
              });
            })();
            """;

    private CalendarAccessibility() {}
}
