"""A claim's thread of 500 messages against the dashboard of the same claim: run on demand, prints a Markdown table.

    ./mvnw -Pproduction package -DskipTests
    python3 benchmarks/thread.py [--messages 500] [--rounds 30] [--out docs/benchmarks/thread-DATE.md]

The production jar starts on a fresh H2 file database with the demo data (run.py's App, with AUTO_SERVER so a second
connection may write while it runs). The H2 shell of the jar's own H2 library then adds N messages (alternately the
insurer's demo agent and the victim, a few lines each) to the demo victim's first claim. The demo victim signs in
through Vaadin's protocol (run.py's VaadinClient) and opens, in turn, the dashboard and the messages page of that
claim, `--rounds` times each after a warm-up; each UIDL round trip is timed and its answer's size kept. The messages
page loads the newest 30 lines and the rest on request, so it should answer in less time than the dashboard.
"""
import argparse
import datetime
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (the same App and protocol client as the main benchmark)


def h2_jar(portal_jar, into):
    with zipfile.ZipFile(portal_jar) as z:
        name = next(n for n in z.namelist() if re.match(r"BOOT-INF/lib/h2-[0-9.]+\.jar$", n))
        path = os.path.join(into, "h2.jar")
        with open(path, "wb") as f:
            f.write(z.read(name))
    return path


def demo_ready(app, seconds=20):
    """The server answers before the demo accounts and claims are written (application runners run after the start
    is logged): wait for the start line, then for the runners (a failed sign-in would count against the account)."""
    for _ in range(240):
        with open(os.path.join(app.work, "app.log")) as f:
            if "Started Application" in f.read():
                break
        time.sleep(0.5)
    time.sleep(seconds)


def seed(app, h2, reference, messages):
    url = f"jdbc:h2:file:{app.work}/data/victim-portal;AUTO_SERVER=TRUE"
    body = ("'Bonjour, voici un point sur votre dossier. Nous attendons encore un document.' || CHAR(10) ||"
            " 'Ligne ' || X || ' : merci de votre réponse, bien cordialement.'")
    sql = (f"insert into claim_message (claim_id, author_id, author_name, author_role, kind, body, created_at)"
           f" select c.id, u.id, u.display_name, case when mod(X, 2) = 0 then 'AGENT' else 'OWNER' end, 'MESSAGE',"
           f" {body}, dateadd('MINUTE', X, timestamp with time zone '2026-11-01 09:00:00+01')"
           f" from system_range(1, {messages}) join claim c on c.reference = '{reference}'"
           f" join app_user u on u.email = case when mod(X, 2) = 0 then 'agent@demo.victim-portal.fr'"
           f" else 'victime@demo.victim-portal.fr' end")
    subprocess.run([run.java_bin("java"), "-cp", h2, "org.h2.tools.Shell", "-url", url, "-user", "sa",
                    "-password", "", "-sql", sql], check=True, capture_output=True, text=True)


def timed(client, route, rounds):
    for _ in range(5):
        client.navigate(route)
    times, sizes = [], []
    for _ in range(rounds):
        ms, text = client.navigate(route)
        times.append(ms)
        sizes.append(len(text.encode("utf-8")))
    return statistics.median(times), sorted(times)[int(0.95 * (len(times) - 1))], statistics.median(sizes)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--portal-jar", default=None)
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    portal_jar = args.portal_jar or next(os.path.join(run.ROOT, "target", f) for f in sorted(os.listdir(
        os.path.join(run.ROOT, "target"))) if f.startswith("victim-portal-") and f.endswith(".jar"))
    scratch = tempfile.mkdtemp(prefix="bench-thread-")
    h2 = h2_jar(portal_jar, scratch)
    app = run.App("portal", portal_jar, [
        "--spring.profiles.active=demo", "--management.server.port=-1", "--portal.jobs.enabled=false",
        "--spring.datasource.url=jdbc:h2:file:./data/victim-portal;AUTO_SERVER=TRUE;WRITE_DELAY=0"])
    try:
        demo_ready(app)
        client = run.VaadinClient(app)
        client.login(*run.VICTIM)
        client.init("mon-compte")
        reference = re.search(r"VP-[A-Z0-9]+-[A-Z0-9]+", client.navigate("mon-dossier")[1]).group(0)
        seed(app, h2, reference, args.messages)
        load = run.load_average()
        rows = []
        for name, route in (("dashboard", f"dossier/{reference}"),
                            (f"messages ({args.messages} + demo lines)", f"dossier/{reference}/messages")):
            p50, p95, size = timed(client, route, args.rounds)
            rows.append(f"| {name} | `{route}` | {p50:.1f} ms | {p95:.1f} ms | {size / 1024:.1f} kB |")
        _, page = client.navigate(f"dossier/{reference}/messages")
        shown = page.count("Ligne ")
    finally:
        app.stop()
    lines = [f"# A thread of {args.messages} messages against the dashboard, {datetime.date.today()}", "",
             f"Command: `python3 benchmarks/thread.py --messages {args.messages} --rounds {args.rounds}`;"
             f" {os.cpu_count()} cores; load average at the start: {load}.", "",
             "| page | route | round trip p50 | p95 | answer size (median) |", "|---|---|---|---|---|", *rows, "",
             f"Seeded lines found in the messages page's answer: {shown} (the page loads the newest 30; older ones"
             f" on request).", ""]
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
