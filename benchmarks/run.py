#!/usr/bin/env python3
"""What a server holds per victim, and how fast the portal answers: run on demand, prints a Markdown table.

    ./mvnw -Pproduction package -DskipTests                  # the portal's production jar
    ./mvnw -f benchmarks/bare-app/pom.xml package             # the bare one-view Vaadin app, same stack
    python3 benchmarks/run.py [--sessions 300] [--users 10,25] [--out docs/benchmarks/results-DATE.md]

Needs a JDK 21+ as `java` (or JAVA_HOME), jcmd from the same JDK, /usr/bin/chromium and /usr/bin/chromedriver.
Standard library only. Each application runs from its production jar in a temporary directory (fresh H2 database,
demo accounts), with -Xmx2g.

1. Memory per session. A minimal client that speaks Vaadin's protocol (the bootstrap's init request, then UIDL
   "ui-navigate" events, exactly what the browser sends) opens sessions: for the portal the demo victim signs in
   (Spring Security form with its CSRF token), opens the dashboard, then the offer review; for the bare app the one
   view. After a warm-up, live heap is read with `jcmd GC.class_histogram` (a full GC first) before and after
   opening the sessions; the difference divided by the number of sessions is the cost of one.
2. First load in headless Chromium (fresh profile each time): bytes transferred from the application's own origin
   (compressed, from the DevTools Network events; Chromium's internal resources are not counted) and the time until
   the page is usable (the login form, or the dashboard's heading, rendered).
3. Anonymous visits: live heap kept per GET of the sign-in page by a new client (2,000 of them), for both apps.
4. Round trips with N users at once, for both apps in the same run: each portal user signs in and moves between the
   dashboard, the offer review and the medical documents, each bare-app user opens its one view as many times; each
   UIDL request is timed (p50, p95, errors). The navigations start once every user is in; the server's CPU time
   (/proc/PID/stat) over the navigations is divided by their number (per navigation), and also from the first
   sign-in (with sign-ins). The load average is printed beside each row: on a shared machine, times and CPU are noisy; heap and
   bytes are the reliable figures.
"""
import argparse
import base64
import datetime
import http.cookiejar
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VICTIM = ("victime@demo.victim-portal.fr", "Victime-demo-2026")


def java_bin(tool):
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", tool) if home else tool


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class App:
    def __init__(self, name, jar, extra=()):
        self.name, self.port = name, free_port()
        self.work = tempfile.mkdtemp(prefix=f"bench-{name}-")
        self.log = open(os.path.join(self.work, "app.log"), "w")
        started = time.time()
        self.proc = subprocess.Popen([java_bin("java"), "-Xmx2g", "-jar", os.path.abspath(jar),
                                      f"--server.port={self.port}", *extra],
                                     cwd=self.work, stdout=self.log, stderr=subprocess.STDOUT)
        # on a loaded machine the portal may take minutes to start: wait up to 10 minutes, never go on unanswered
        while True:
            try:
                urllib.request.urlopen(self.url("/"), timeout=2)
                break
            except urllib.error.HTTPError:
                break  # answering (a redirect to /login counts)
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                if self.proc.poll() is not None:
                    raise SystemExit(f"{name} stopped: see {self.work}/app.log")
                if time.time() - started > 600:
                    self.proc.kill()
                    raise SystemExit(f"{name} did not answer within 10 minutes: see {self.work}/app.log")
                time.sleep(0.5)
        self.start_seconds = time.time() - started

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def live_heap(self):
        out = subprocess.run([java_bin("jcmd"), str(self.proc.pid), "GC.class_histogram"], capture_output=True,
                             text=True, check=True).stdout
        total = [line for line in out.splitlines() if line.strip().startswith("Total")][-1]
        return int(total.split()[2])

    def rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.work, ignore_errors=True)


class VaadinClient:
    """One browser's worth of protocol: a cookie jar, a UI id, the security key and the sync counters."""

    def __init__(self, app):
        self.app = app
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.sync = 0
        self.client = 0

    def get(self, path):
        return self.opener.open(self.app.url(path), timeout=60).read().decode("utf-8", "replace")

    def login(self, email, password):
        for attempt in range(30):  # the demo accounts are written just after the server first answers
            page = self.get("/login")
            token = re.search(r'name="_csrf" content="([^"]+)"', page).group(1)
            body = urllib.parse.urlencode({"username": email, "password": password, "_csrf": token}).encode()
            answer = self.opener.open(urllib.request.Request(self.app.url("/login"), data=body), timeout=60)
            answer.read()
            if "/login" not in answer.geturl():
                return
            time.sleep(1)
        raise RuntimeError(f"could not sign in as {email}")

    def init(self, location):
        params = urllib.parse.urlencode({"v-r": "init", "location": location, "v-wn": f"w{id(self)}",
                                         "v-sw": 390, "v-sh": 844, "v-ww": 390, "v-wh": 844, "v-bw": 390,
                                         "v-bh": 844, "v-tzo": -60, "v-rtzo": -60, "v-dstd": 60, "v-dston": "false",
                                         "v-tzid": "Europe/Paris", "v-curdate": int(time.time() * 1000),
                                         "v-td": "false", "v-pr": 1, "v-np": "Linux"})
        config = json.loads(self.get("/?" + params))["appConfig"]
        self.ui = config["v-uiId"]
        self.key = config["uidl"]["Vaadin-Security-Key"]

    def navigate(self, route):
        message = {"csrfToken": self.key, "syncId": self.sync, "clientId": self.client, "rpc": [
            {"type": "event", "node": 1, "event": "ui-navigate",
             "data": {"route": route, "query": "", "appShellTitle": "", "historyState": {"idx": 0}, "trigger": ""}}]}
        request = urllib.request.Request(self.app.url(f"/?v-r=uidl&v-uiId={self.ui}"),
                                         data=json.dumps(message).encode(),
                                         headers={"Content-Type": "application/json; charset=UTF-8"})
        started = time.perf_counter()
        text = self.opener.open(request, timeout=60).read().decode("utf-8", "replace")
        elapsed = (time.perf_counter() - started) * 1000
        if text.startswith("for(;;);"):
            text = text[len("for(;;);"):]
        answer = json.loads(text)
        if isinstance(answer, list):
            answer = answer[0]
        if "syncId" not in answer or answer.get("meta", {}).get("appError") or answer.get("meta", {}).get(
                "sessionExpired"):
            raise RuntimeError(f"UIDL answer without syncId or with an error: {text[:200]}")
        self.sync = answer["syncId"]
        self.client = answer.get("clientId", self.client + 1)
        return elapsed, text


def portal_session(app, offer_route):
    c = VaadinClient(app)
    c.login(*VICTIM)
    c.init("mon-dossier")
    _, text = c.navigate("mon-dossier")
    if offer_route:
        _, offer = c.navigate(offer_route)
        if "Offre de l’assureur · dossier" not in offer:  # its title; "not found" or an error page differ
            raise RuntimeError(f"the offer review did not open: {offer[:300]}")
    return text


def bare_session(app, _):
    c = VaadinClient(app)
    c.get("/")
    c.init("")
    c.navigate("")


def memory(app, open_session, sessions, offer_route):
    for _ in range(10):  # warm-up: classes loaded, caches filled
        open_session(app, offer_route)
    before = app.live_heap()
    started = time.time()
    for _ in range(sessions):
        open_session(app, offer_route)
    seconds = time.time() - started
    after = app.live_heap()
    return before, after, (after - before) / sessions, seconds


# --- first load in Chromium -------------------------------------------------------------------------------------
class Chromium:
    def __init__(self):
        self.port = free_port()
        self.driver = subprocess.Popen(["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        time.sleep(1.5)

    def wd(self, method, path, body=None):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
        return json.load(urllib.request.urlopen(req, timeout=120))["value"]

    def session(self, width=390, height=844):
        options = {"binary": "/usr/bin/chromium", "prefs": {"intl.accept_languages": "fr-FR,fr"}, "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            f"--window-size={width},{height}", "--user-data-dir=" + tempfile.mkdtemp()]}
        caps = {"goog:chromeOptions": options, "goog:loggingPrefs": {"performance": "ALL"}}
        return self.wd("POST", "/session", {"capabilities": {"alwaysMatch": caps}})["sessionId"]

    def load(self, sid, url, ready_js):
        """Navigates; returns (ms until ready_js is true, counted from navigationStart; compressed bytes from the
        page's own origin: Chromium's internal resources and other origins are not counted)."""
        return self.measure(sid, "/".join(url.split("/")[:3]) + "/", ready_js,
                            lambda: self.wd("POST", f"/session/{sid}/url", {"url": url}))

    def sign_in(self, sid, origin, ready_js, email, password):
        """Fills and posts the sign-in form; returns what load() returns for the page the form leads to (after the
        plain-HTML sign-in page, the first Vaadin page: it brings the Vaadin bundle when the cache is cold)."""
        return self.measure(sid, origin, ready_js, lambda: self.type_and_submit(sid, email, password))

    def measure(self, sid, origin, ready_js, action):
        self.wd("POST", f"/session/{sid}/log", {"type": "performance"})  # drop earlier events
        action()
        ready = self.wd("POST", f"/session/{sid}/execute/async", {"args": [], "script": f"""
            const done = arguments[0];
            const check = () => {{ if ({ready_js}) done(performance.now()); else setTimeout(check, 20); }};
            check();"""})
        time.sleep(1.5)  # late lazy chunks
        total, urls = 0, {}
        for entry in self.wd("POST", f"/session/{sid}/log", {"type": "performance"}):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if message["method"] == "Network.requestWillBeSent":
                urls[params["requestId"]] = params["request"]["url"]
            elif message["method"] == "Network.loadingFinished" and urls.get(params["requestId"], "").startswith(
                    origin):
                total += params.get("encodedDataLength", 0)
        return ready, total

    def type_and_submit(self, sid, email, password):
        for css, text in (("input[name=username]", email), ("input[name=password]", password + "\n")):
            el = list(self.wd("POST", f"/session/{sid}/element", {"using": "css selector", "value": css}).values())[0]
            self.wd("POST", f"/session/{sid}/element/{el}/value", {"text": text})

    def close(self, sid):
        self.wd("DELETE", f"/session/{sid}")

    def quit(self):
        self.driver.terminate()


# the sign-in page is plain HTML outside Vaadin (issue 25): usable once its form's fields are there
LOGIN_READY = ("document.querySelector('form.login-form input[name=username]')"
               " && document.querySelector('input[name=password]')")
SIGNED_IN_READY = ("location.pathname !== '/login' && document.querySelector('vaadin-app-layout')"
                   " && document.querySelector('h1')")
DASHBOARD_READY = "document.querySelector('h1') && /VP-/.test(document.querySelector('h1').innerText)"
BARE_READY = "document.querySelector('vaadin-text-field') && document.querySelector('vaadin-button')"


def first_loads(portal, bare):
    chrome = Chromium()
    rows = []
    try:
        sid = chrome.session()
        rows.append(("portal /login, cold cache",) + chrome.load(sid, portal.url("/login"), LOGIN_READY))
        rows.append(("portal first page after sign-in (cold cache: the Vaadin bundle)",)
                    + chrome.sign_in(sid, portal.url("/"), SIGNED_IN_READY, *VICTIM))
        rows.append(("portal dashboard after sign-in (warm cache)",)
                    + chrome.load(sid, portal.url("/mon-dossier"), DASHBOARD_READY))
        chrome.close(sid)
        sid = chrome.session()
        rows.append(("bare app /, cold cache",) + chrome.load(sid, bare.url("/"), BARE_READY))
        chrome.close(sid)
    finally:
        chrome.quit()
    return rows


# --- concurrent users ---------------------------------------------------------------------------------------------
def cpu_seconds(app):
    """The server process's user + system CPU time so far (/proc/PID/stat, clock ticks)."""
    with open(f"/proc/{app.proc.pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def concurrent(app, users, offer_route, rounds=5, bare=False):
    """N users at once, each signing in (the portal) or opening the page (the bare app), then, once every user is
    in, navigating 3 × rounds times: the portal between the dashboard, the offer review and the documents, the bare
    app to its one view. The server's CPU is read twice: over the whole run (sign-ins, GC and JIT included) and over
    the navigations only (from the moment every user is in), which is the per-navigation figure."""
    timings, errors, lock = [], [], threading.Lock()
    routes = ["", "", ""] if bare else [
        r for r in ("mon-dossier", offer_route, offer_route and offer_route.replace("/offre", "/documents")) if r]
    everyone_in = threading.Barrier(users + 1, timeout=900)

    def user():
        c = None
        try:
            c = VaadinClient(app)
            if bare:
                c.get("/")
                c.init("")
            else:
                c.login(*VICTIM)
                c.init("mon-dossier")
        except Exception as e:  # counted and reported, not hidden
            c = None
            with lock:
                errors.append(f"{type(e).__name__}: {str(e)[:120]}")
        finally:
            try:
                everyone_in.wait()
            except threading.BrokenBarrierError:
                pass
        if c is None:
            return
        try:
            for _ in range(rounds):
                for route in routes:
                    ms, _ = c.navigate(route)
                    with lock:
                        timings.append(ms)
        except Exception as e:  # counted and reported, not hidden
            with lock:
                errors.append(f"{type(e).__name__}: {str(e)[:120]}")

    threads = [threading.Thread(target=user) for _ in range(users)]
    cpu_start = cpu_seconds(app)
    for t in threads:
        t.start()
    everyone_in.wait()
    cpu_before = cpu_seconds(app)
    started = time.time()
    for t in threads:
        t.join()
    seconds = time.time() - started
    cpu_end = cpu_seconds(app)
    requests = max(1, len(timings))
    cpu_all_ms = (cpu_end - cpu_start) * 1000 / requests  # sign-ins included, GC and JIT too
    cpu_nav_ms = (cpu_end - cpu_before) * 1000 / requests  # the navigations only (GC and JIT during them included)
    timings.sort()
    p = lambda q: timings[min(len(timings) - 1, int(q * len(timings)))] if timings else float("nan")
    return (len(timings), p(0.5), p(0.95), timings[-1] if timings else float("nan"), errors, seconds, cpu_nav_ms,
            cpu_all_ms)


def anonymous(app, path="/login", visits=2000):
    """Live heap kept per anonymous GET of a page (a new client each time, no cookie sent back, redirects followed)."""
    for _ in range(200):
        urllib.request.urlopen(app.url(path), timeout=60).read()
    before = app.live_heap()
    for _ in range(visits):
        urllib.request.urlopen(app.url(path), timeout=60).read()
    return (app.live_heap() - before) / visits


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    global VICTIM
    parser = argparse.ArgumentParser()
    parser.add_argument("--portal-jar", default=None)
    parser.add_argument("--bare-jar", default=os.path.join(ROOT, "benchmarks/bare-app/target/bare-app-1.jar"))
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--users", default="10,25")
    parser.add_argument("--out", default=None)
    parser.add_argument("--victim", default=":".join(VICTIM),
                        help="email:password of the demo victim whose sessions are opened (default: the first one;"
                             " victime.aggravation@demo.victim-portal.fr:Aggravation-demo-2026 has a recorded offer)")
    args = parser.parse_args()
    VICTIM = tuple(args.victim.split(":", 1))
    portal_jar = args.portal_jar or next(os.path.join(ROOT, "target", f) for f in sorted(os.listdir(
        os.path.join(ROOT, "target"))) if f.startswith("victim-portal-") and f.endswith(".jar"))

    lines = [f"# Benchmarks, {datetime.date.today()}", "",
             f"Machine: {os.cpu_count()} cores, {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)}"
             f" GiB; {subprocess.run([java_bin('java'), '-version'], capture_output=True, text=True).stderr.splitlines()[0]};"
             f" Chromium {subprocess.run(['chromium', '--version'], capture_output=True, text=True).stdout.strip()}.",
             f"Command: `python3 benchmarks/run.py --sessions {args.sessions} --users {args.users}"
             f" --victim {VICTIM[0]}:…`; load average at the start: {load_average()}.", ""]
    portal = App("portal", portal_jar, ["--spring.profiles.active=demo", "--management.server.port=-1", "--portal.jobs.enabled=false"])
    bare = App("bare", args.bare_jar)
    try:
        # the demo victim's claims; the offer review of one that has an offer if there is one
        probe = VaadinClient(portal)
        probe.login(*VICTIM)
        probe.init("mon-dossier")
        references = list(dict.fromkeys(re.findall(r"VP-[A-Z0-9]+-[A-Z0-9]+", probe.navigate("mon-dossier")[1])))
        offer_route, with_offer = f"dossier/{references[0]}/offre", False
        for reference in references:
            page = probe.navigate(f"dossier/{reference}/offre")[1]
            if "Aucune offre" not in page:
                offer_route, with_offer = f"dossier/{reference}/offre", True
                break
        lines += ["## Memory per session (live heap after a full GC)", "",
                  "| application | what each session opened | sessions | live heap before | after | per session |"
                  " time to open them |", "|---|---|---|---|---|---|---|"]
        results = {}
        offer_state = "with a recorded offer" if with_offer else "no offer recorded in the demo data"
        for name, app, opener, what in (("portal", portal, portal_session,
                                         f"sign-in, dashboard, offer review ({offer_route}, {offer_state})"),
                                        ("bare one-view app", bare, bare_session, "the one view")):
            before, after, per, seconds = memory(app, opener, args.sessions, offer_route)
            results[name] = per
            lines.append(f"| {name} | {what} | {args.sessions} | {before / 2**20:.1f} MB | {after / 2**20:.1f} MB |"
                         f" **{per / 1024:.1f} kB** | {seconds:.1f} s |")
        ratio = results["portal"] / results["bare one-view app"] if results["bare one-view app"] > 0 else float("nan")
        lines += ["", f"Portal session / bare session: **{ratio:.1f}×**. RSS after: portal {portal.rss_kb() / 1024:.0f}"
                      f" MB, bare {bare.rss_kb() / 1024:.0f} MB. Start: portal {portal.start_seconds:.1f} s, bare"
                      f" {bare.start_seconds:.1f} s.", ""]

        lines += ["## First load in headless Chromium (390×844, fresh profile)", "",
                  "| page | usable after | transferred from the app's origin (compressed) |", "|---|---|---|"]
        for name, ready_ms, size in first_loads(portal, bare):
            lines.append(f"| {name} | {ready_ms:.0f} ms | {size / 1024:.0f} kB |")
        lines.append("")

        lines += ["## Anonymous visits (live heap kept per GET, a new client each time)", "",
                  "| application | page | per visit |", "|---|---|---|"]
        for name, app, path in (("portal", portal, "/login"),
                                ("portal", portal, "/"),  # the home page: sent to /login, the page kept in a cookie
                                ("bare one-view app", bare, "/")):
            lines.append(f"| {name} | {path} | {anonymous(app, path) :.0f} bytes |")
        lines.append("")

        lines += ["## Round trips with N users at once (5 rounds of 3 navigations each, no think time)", "",
                  "The portal: dashboard → offer review → documents; the bare app: its one view, as many times."
                  " The users sign in (or open the page) first; the navigations start once all are in. Server CPU per"
                  " navigation: the process's CPU time from then to the end divided by the navigations (GC and JIT"
                  " included); with sign-ins: from the first sign-in, divided by the same navigations.", "",
                  "| application | users | navigations | p50 | p95 | max | errors | wall time | server CPU / navigation |"
                  " with sign-ins | load average |", "|---|---|---|---|---|---|---|---|---|---|---|"]
        for users in [int(u) for u in args.users.split(",")]:
            for name, app, is_bare in (("portal", portal, False), ("bare one-view app", bare, True)):
                load = load_average()
                n, p50, p95, worst, errors, seconds, cpu, cpu_all = concurrent(app, users, offer_route, bare=is_bare)
                lines.append(f"| {name} | {users} | {n} | {p50:.0f} ms | {p95:.0f} ms | {worst:.0f} ms |"
                             f" {len(errors)} | {seconds:.1f} s | {cpu:.1f} ms | {cpu_all:.1f} ms | {load} |")
                for e in sorted(set(errors))[:5]:
                    lines.append(f"|  |  | error: {e} | | | | | | | | |")
    finally:
        portal.stop()
        bare.stop()
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
