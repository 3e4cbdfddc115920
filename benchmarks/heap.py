#!/usr/bin/env python3
"""Where a signed-in session's heap goes: the live-heap class histogram (jcmd GC.class_histogram, after a full GC)
before and after opening N sessions as run.py opens them (sign-in, dashboard, offer review), and the classes that
grew, per session, largest first. On demand, never a test:

    python3 benchmarks/heap.py --portal-jar target/victim-portal-0.1.0-SNAPSHOT.jar --sessions 200 \
      --victim victime.aggravation@demo.victim-portal.fr:Aggravation-demo-2026
"""
import argparse
import re
import subprocess

import run


def histogram(app):
    out = subprocess.run([run.java_bin("jcmd"), str(app.proc.pid), "GC.class_histogram"], capture_output=True,
                         text=True, check=True).stdout
    classes = {}
    for line in out.splitlines():
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            classes[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return classes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--portal-jar", required=True)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--victim", default=":".join(run.VICTIM))
    args = parser.parse_args()
    run.VICTIM = tuple(args.victim.split(":", 1))
    app = run.App("portal", args.portal_jar,
                  ["--spring.profiles.active=demo", "--management.server.port=-1", "--portal.jobs.enabled=false"])
    try:
        probe = run.VaadinClient(app)
        probe.login(*run.VICTIM)
        probe.init("mon-dossier")
        references = list(dict.fromkeys(re.findall(r"VP-[A-Z0-9]+-[A-Z0-9]+", probe.navigate("mon-dossier")[1])))
        offer_route = None
        for reference in references:
            if "Aucune offre" not in probe.navigate(f"dossier/{reference}/offre")[1]:
                offer_route = f"dossier/{reference}/offre"
                break
        for _ in range(10):
            run.portal_session(app, offer_route)
        before = histogram(app)
        for _ in range(args.sessions):
            run.portal_session(app, offer_route)
        after = histogram(app)
        grown = []
        for name, (count, size) in after.items():
            c0, s0 = before.get(name, (0, 0))
            grown.append(((size - s0) / args.sessions, (count - c0) / args.sessions, name))
        grown.sort(reverse=True)
        total = sum(g[0] for g in grown)
        print(f"{args.sessions} sessions (sign-in, dashboard, {offer_route}): {total / 1024:.1f} kB a session")
        print("| bytes a session | instances a session | class |")
        print("|---|---|---|")
        for size, count, name in grown[:args.top]:
            print(f"| {size:,.0f} | {count:.1f} | `{name}` |")
    finally:
        app.stop()


if __name__ == "__main__":
    main()
