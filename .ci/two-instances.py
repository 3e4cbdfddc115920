#!/usr/bin/env python3
"""Two instances of the production jar on one PostgreSQL: what one writes the other shows, and each mail goes once.

    python3 .ci/two-instances.py target/victim-portal-0.1.0-SNAPSHOT.jar

Run by .ci/run after the production build. Needs java (21+) on PATH, psql, PostgreSQL on 127.0.0.1:5432 (database
test, trust auth), /usr/bin/chromium and /usr/bin/chromedriver. Standard library only.

1. A schema of its own (vp_two), emptied first; a small SMTP server in this process that records every message.
2. Instance A starts (Flyway migrates, the demo accounts and the demo claim are created), then instance B on another
   port; both run the mail delivery job every 2 s and the reminder job every 5 s (ShedLock + an atomic claim of each
   mail must keep them from sending anything twice).
3. 300 pending mails are written to the outbox, as the application would, while both instances run.
4. In headless Chromium the demo victim signs in on B and sees the claim A created; turns a reminder topic off on
   B, signs in on A and sees it off (the choice is in the database, not in an instance).
5. Every outbox row ends SENT, the SMTP server received each exactly once, and no reminder was sent twice.
6. Due reminders: both instances stop; the demo claim is copied 150 times in the database with its planned reminders
   (the same dates, so the legal plan still wants them); both restart with portal.clock.offset set just past the
   first reminder's sending time. The reminder jobs of both race over those 151 claims: each reminder must end SENT
   once, be written to the outbox once and reach the SMTP server once. The victim then signs in again on the
   restarted B and finds the claim: a restart loses no data, only the session.
"""
import base64
import json
import os
import shutil
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

JAR = os.path.abspath(sys.argv[1])
SCHEMA = "vp_two"
MAILS = 300
COPIES = 150
QUIET = 10  # seconds with nothing pending and nothing new before the due reminders are counted
SETTLE = 90  # seconds after the restart: past every job's first run (the latest, 50 s after a start-up of about 20 s)
VICTIM = ("victime@demo.victim-portal.fr", "Victime-demo-2026")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v", "ON_ERROR_STOP=1",
                          "-At", "-c", sql], check=True, capture_output=True, text=True)
    return out.stdout.strip()


# --- a recording SMTP server ---------------------------------------------------------------------------------------
RECEIVED = []
RECEIVED_LOCK = threading.Lock()


class Smtp(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 two-instances ESMTP\r\n")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.wfile.write(b"250 two-instances\r\n")
            elif verb == b"DATA":
                self.wfile.write(b"354 go on\r\n")
                data = []
                while True:
                    part = self.rfile.readline()
                    if part in (b".\r\n", b".\n", b""):
                        break
                    data.append(part)
                with RECEIVED_LOCK:
                    RECEIVED.append(b"".join(data).decode("utf-8", "replace"))
                self.wfile.write(b"250 queued\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                self.wfile.write(b"250 ok\r\n")


class ThreadingSmtp(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


def header(message, name):
    for line in message.splitlines():
        if line.lower().startswith(name.lower() + ":"):
            return line.split(":", 1)[1].strip()
        if not line.strip():
            break
    return None


# --- the two instances ---------------------------------------------------------------------------------------------
def start(name, port, smtp_port, extra=()):
    work = tempfile.mkdtemp(prefix=f"vp-{name}-")
    log = open(os.path.join(work, "app.log"), "w")
    proc = subprocess.Popen(["java", "-Xmx512m", "-jar", JAR, *extra, f"--server.port={port}",
                             "--spring.profiles.active=postgres,demo", "--management.server.port=-1",
                             f"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema={SCHEMA}",
                             "--spring.mail.host=127.0.0.1", f"--spring.mail.port={smtp_port}",
                             "--portal.mail.delivery-interval=PT2S", "--portal.reminders.interval=PT5S",
                             f"--portal.base-url=http://localhost:{port}"],
                            cwd=work, stdout=log, stderr=subprocess.STDOUT)
    for second in range(180):
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2).status == 200:
                print(f"instance {name} on port {port} answered /login after {second} s")
                return proc, work
        except (urllib.error.URLError, ConnectionError, socket.timeout):
            pass
        if proc.poll() is not None:
            break
        time.sleep(1)
    log.close()
    print(open(os.path.join(work, "app.log")).read()[-6000:], file=sys.stderr)
    raise SystemExit(f"instance {name} did not start")


# --- a browser ---------------------------------------------------------------------------------------------------
class Browser:
    def __init__(self):
        self.port = free_port()
        self.driver = subprocess.Popen(["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        time.sleep(1.5)
        options = {"binary": "/usr/bin/chromium", "prefs": {"intl.accept_languages": "fr-FR,fr"}, "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            "--user-data-dir=" + tempfile.mkdtemp()]}
        self.sid = self.wd("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})[
            "sessionId"]

    def wd(self, method, path, body=None):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
        try:
            return json.load(urllib.request.urlopen(req))["value"]
        except urllib.error.HTTPError as e:
            raise SystemExit(f"WebDriver {method} {path}: {e.code} {e.read().decode()[:300]}")

    def s(self, path=""):
        return f"/session/{self.sid}{path}"

    def go(self, url):
        self.wd("POST", self.s("/url"), {"url": url})
        time.sleep(3)

    def js(self, script):
        return self.wd("POST", self.s("/execute/sync"), {"script": script, "args": []})

    def type_into(self, css, text):
        element = list(self.wd("POST", self.s("/element"), {"using": "css selector", "value": css}).values())[0]
        self.wd("POST", self.s(f"/element/{element}/value"), {"text": text})

    def login(self, base):
        self.wd("DELETE", self.s("/cookie"))
        self.go(base + "/login")
        self.type_into("input[name=username]", VICTIM[0])
        self.type_into("input[name=password]", VICTIM[1] + "\n")
        time.sleep(4)

    def text(self):
        return self.js("return document.body.innerText")

    def quit(self):
        try:
            self.wd("DELETE", self.s())
        finally:
            self.driver.terminate()


def main():
    failures = []
    psql(f"drop schema if exists {SCHEMA} cascade; create schema {SCHEMA}")
    smtp_port = free_port()
    smtp = ThreadingSmtp(("127.0.0.1", smtp_port), Smtp)
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    instances = []
    browser = None
    try:
        port_a, port_b = free_port(), free_port()
        instances.append(start("A", port_a, smtp_port))
        instances.append(start("B", port_b, smtp_port))

        victim = psql(f"select id from {SCHEMA}.app_user where email = '{VICTIM[0]}'")
        reference = psql(f"select reference from {SCHEMA}.claim where owner_id = {victim} order by id limit 1")
        psql(f"""insert into {SCHEMA}.mail_outbox (created_at, recipient_user_id, recipient_address, language,
                 category, subject, text_body, html_body, dedup_key, status, next_attempt_at)
                 select now(), {victim}, '{VICTIM[0]}', 'fr', 'PROCEDURE_NOTICE', 'two-instances #' || i, 'x',
                        '<p>x</p>', 'two-instances:' || i, 'PENDING', now()
                 from generate_series(1, {MAILS}) as i""")
        print(f"{MAILS} pending mails written to the outbox; demo claim {reference} (created by A at its start)")

        browser = Browser()
        if not shows_claim(browser, port_b, reference):
            failures.append(f"instance B does not show the claim {reference} created by A")
        else:
            print(f"instance B shows claim {reference} created by instance A")
        # a reminder preference turned off on B (saved in the database) is shown off on A
        checked = "return [...document.querySelectorAll('vaadin-checkbox')].map(c => c.checked)"
        browser.go(f"http://localhost:{port_b}/preferences/courriels")
        before = browser.js(checked)
        browser.js("document.querySelectorAll('vaadin-checkbox')[0].click()")
        time.sleep(2)
        browser.login(f"http://localhost:{port_a}")
        browser.go(f"http://localhost:{port_a}/preferences/courriels")
        after = browser.js(checked)
        if not before or before[0] is not True or after[0] is not False:
            failures.append(f"preference turned off on B not shown on A (B before: {before}, A after: {after})")
        else:
            print(f"a reminder topic turned off on B is shown off on A ({before} -> {after})")

        deadline = time.time() + 90
        while time.time() < deadline:
            left = int(psql(f"select count(*) from {SCHEMA}.mail_outbox where status <> 'SENT'"))
            if left == 0:
                break
            time.sleep(2)
        time.sleep(6)  # a late duplicate would arrive now
        # a job of the application may be sending a mail of its own right now (the demo's document request): its row
        # becomes SENT just after the SMTP server has it, so the two counts are compared once they agree or 10 s on
        for _ in range(6):
            sent = int(psql(f"select count(*) from {SCHEMA}.mail_outbox where status = 'SENT'"))
            with RECEIVED_LOCK:
                settled = len(RECEIVED) == sent
            if settled:
                break
            time.sleep(2)
        rows = psql(f"select status || ' ' || count(*) from {SCHEMA}.mail_outbox group by status order by 1")
        workers = psql(f"select count(distinct claimed_by) from {SCHEMA}.mail_outbox where claimed_by is not null")
        reminders = psql(f"select count(*) from {SCHEMA}.reminder where status = 'SENT'")
        with RECEIVED_LOCK:
            subjects = [header(m, "Subject") or "" for m in RECEIVED]
            message_ids = [header(m, "Message-ID") for m in RECEIVED]
        ours = [s for s in subjects if s.startswith("two-instances #")]
        print(f"outbox: {rows.replace(chr(10), ', ')} (delivery workers seen on rows still claimed: {workers});"
              f" reminders sent: {reminders}; SMTP received {len(RECEIVED)}"
              f" messages ({len(ours)} of the {MAILS} written here)")
        if len(ours) != MAILS or len(set(ours)) != MAILS:
            failures.append(f"{len(ours)} test mails received, {len(set(ours))} distinct, expected {MAILS} once each")
        if len(RECEIVED) != sent:
            failures.append(f"SMTP received {len(RECEIVED)} messages for {sent} SENT rows")
        duplicate_ids = len(message_ids) - len(set(message_ids))
        if duplicate_ids:
            failures.append(f"{duplicate_ids} messages received twice (same Message-ID)")
        for name, (proc, work) in zip("AB", instances):
            log = open(os.path.join(work, "app.log")).read()
            print(f"instance {name}: {log.count(' ERROR ')} ERROR lines in its log")

        due_reminders(instances, reference, smtp_port, port_a, port_b, browser, failures)
    finally:
        if browser:
            browser.quit()
        for proc, work in instances:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
            if failures:
                print(open(os.path.join(work, "app.log")).read()[-3000:], file=sys.stderr)
            shutil.rmtree(work, ignore_errors=True)
        smtp.shutdown()
        psql(f"drop schema if exists {SCHEMA} cascade")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)
    print("two instances on one PostgreSQL: OK")


def shows_claim(browser, port, reference):
    """Signs the demo victim in on the instance at `port` and tells whether their claim page shows `reference`."""
    browser.login(f"http://localhost:{port}")
    browser.go(f"http://localhost:{port}/mon-dossier")
    return reference in browser.js("return location.pathname") + browser.text()


def stop(instances):
    for proc, work in instances:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


def due_reminders(instances, reference, smtp_port, port_a, port_b, browser, failures):
    """Phase 6: many due reminders, two instances racing to send them."""
    stop(instances)
    old = list(instances)
    instances.clear()
    for proc, work in old:
        shutil.rmtree(work, ignore_errors=True)
    psql(f"delete from {SCHEMA}.mail_opt_out")  # phase 4 turned a topic off; reminders must not be skipped for it
    columns = psql(f"""select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                       where table_schema = '{SCHEMA}' and table_name = 'claim'
                       and column_name not in ('id', 'reference')""")
    psql(f"""insert into {SCHEMA}.claim (reference, {columns})
             select 'VP-TWO-' || lpad(i::text, 4, '0'), {columns} from {SCHEMA}.claim, generate_series(1, {COPIES}) i
             where reference = '{reference}'""")
    psql(f"""insert into {SCHEMA}.reminder (claim_reference, kind, due_date, send_at, status, planned_at)
             select 'VP-TWO-' || lpad(i::text, 4, '0'), kind, due_date, send_at, 'PLANNED', now()
             from {SCHEMA}.reminder, generate_series(1, {COPIES}) i
             where claim_reference = '{reference}' and status = 'PLANNED'""")
    first = psql(f"""select kind || ' ' || extract(epoch from send_at - now())::bigint from {SCHEMA}.reminder
                     where claim_reference = '{reference}' and status = 'PLANNED' order by send_at limit 1""")
    if not first:
        failures.append(f"the demo claim {reference} has no planned reminder to make due")
        return
    kind, seconds = first.split()
    offset = f"PT{int(seconds) + 600}S"  # ten minutes after the first reminder's sending time
    expected = COPIES + 1
    psql(f"""update {SCHEMA}.reminder set status = 'CANCELLED', note = 'TWO_INSTANCES' where status = 'PLANNED'
             and kind <> '{kind}'""")  # one kind only, so the count below is exact
    # other mails the clock jump makes due (the demo claim's open document request: its 7-day and due-date reminders)
    # are sent too; they are counted apart, from the outbox rows written after this point
    mark = int(psql(f"select coalesce(max(id), 0) from {SCHEMA}.mail_outbox"))
    with RECEIVED_LOCK:
        RECEIVED.clear()
    print(f"{expected} claims with a planned {kind} reminder; both instances restart with portal.clock.offset={offset}")
    started = time.time()
    instances.append(start("A", port_a, smtp_port, [f"--portal.clock.offset={offset}"]))
    instances.append(start("B", port_b, smtp_port, [f"--portal.clock.offset={offset}"]))
    # Wait until the reminders are sent and the outbox is quiet. Other jobs make mails due too, some on their first
    # run 40 s after start-up (the document request's reminders): a count taken while one of those is between its
    # outbox row and the SMTP server would miss it. So the counts are read only once, for QUIET seconds and at least
    # SETTLE seconds after the start, nothing is planned or pending, no row was added and every row since the mark
    # has reached the SMTP server.
    deadline = time.time() + 180
    quiet_since, last_rows = None, -1
    while time.time() < deadline:
        planned = int(psql(f"select count(*) from {SCHEMA}.reminder where status = 'PLANNED' and kind = '{kind}'"))
        unsent = int(psql(f"select count(*) from {SCHEMA}.mail_outbox where status <> 'SENT'"))
        since_mark = int(psql(f"select count(*) from {SCHEMA}.mail_outbox where id > {mark}"))
        with RECEIVED_LOCK:
            arrived = len(RECEIVED)
        settled = planned == 0 and unsent == 0 and arrived >= since_mark and since_mark == last_rows
        last_rows = since_mark
        if not settled:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.time()
        elif time.time() - quiet_since >= QUIET and time.time() - started >= SETTLE:
            break
        time.sleep(2)
    by_status = psql(f"""select status || ' ' || count(*) from {SCHEMA}.reminder where kind = '{kind}'
                         group by status order by 1""").replace("\n", ", ")
    sent = int(psql(f"select count(*) from {SCHEMA}.reminder where kind = '{kind}' and status = 'SENT'"))
    rows = int(psql(f"select count(*) from {SCHEMA}.mail_outbox where dedup_key like 'reminder:%'"))
    distinct_rows = int(psql(f"select count(distinct dedup_key) from {SCHEMA}.mail_outbox where dedup_key like 'reminder:%'"))
    with RECEIVED_LOCK:
        received = len(RECEIVED)
        ids = [header(m, "Message-ID") for m in RECEIVED]
    # each victim's reminder is copied to a caseworker whose mandate covers the correspondence (the demo victim has
    # one; the copied claims have no participants): one more mail per such caseworker
    copies = int(psql(f"""select count(*) from {SCHEMA}.reminder r join {SCHEMA}.claim c on c.reference = r.claim_reference
                          join {SCHEMA}.claim_participant p on p.claim_id = c.id
                          where r.kind = '{kind}' and r.status = 'SENT' and p.role = 'HELPER'
                          and p.scope like '%CORRESPONDENCE%' and (p.until is null or p.until > now())"""))
    mails = expected + copies
    others = int(psql(f"""select count(*) from {SCHEMA}.mail_outbox where id > {mark}
                          and (dedup_key is null or dedup_key not like 'reminder:%')"""))
    print(f"due reminders in {time.time() - started:.0f} s: {by_status}; outbox rows {rows} ({distinct_rows} distinct);"
          f" SMTP received {received} ({len(set(ids))} distinct Message-IDs); {copies} copies to caseworkers;"
          f" {others} other mails made due by the clock jump")
    if sent != expected:
        failures.append(f"{sent} {kind} reminders SENT, expected {expected}")
    if rows != mails or distinct_rows != mails:
        failures.append(f"{rows} reminder mails in the outbox ({distinct_rows} distinct), expected {mails}")
    if received != mails + others or len(set(ids)) != mails + others:
        failures.append(f"SMTP received {received} mails ({len(set(ids))} distinct), expected {mails} reminder mails"
                        f" and {others} others, once each")
    # a restart loses no data: signed in again on the restarted B, the victim finds the claim
    if not shows_claim(browser, port_b, reference):
        failures.append(f"after the restart, instance B does not show the claim {reference}")
    else:
        print(f"after both restarts the victim signs in again on B and finds claim {reference}")


if __name__ == "__main__":
    main()
