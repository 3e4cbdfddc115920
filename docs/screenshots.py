#!/usr/bin/env python3
"""Takes the README's screenshots from a running portal in demo mode, with Debian's headless Chromium.

    python3 docs/screenshots.py [BASE_URL] [OUT_DIR]     # defaults: http://localhost:8080 docs/screenshots

Needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver). Talks the W3C WebDriver
protocol to chromedriver directly, so it needs nothing else. Each page is shot at 390x844 (phone) and some at
1366x768 (desktop).
"""
import base64
import json
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
OUT = sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots"
PORT = 9515


def wd(method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        return json.load(urllib.request.urlopen(req))["value"]
    except urllib.error.HTTPError as e:
        raise SystemExit(f"WebDriver {method} {path}: {e.code} {e.read().decode()[:300]}")


def main():
    driver = subprocess.Popen(["chromedriver", f"--port={PORT}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    try:
        options = {"binary": "/usr/bin/chromium", "prefs": {"intl.accept_languages": "fr-FR,fr"}, "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + tempfile.mkdtemp()]}
        sid = wd("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})["sessionId"]
        s = f"/session/{sid}"

        def size(width, height):
            wd("POST", s + "/window/rect", {"width": width, "height": height})

        def go(path):
            wd("POST", s + "/url", {"url": BASE + path})
            time.sleep(3)

        def find(css):
            return list(wd("POST", s + "/element", {"using": "css selector", "value": css}).values())[0]

        def type_into(css, text):
            wd("POST", s + f"/element/{find(css)}/value", {"text": text})

        def click(css):
            wd("POST", s + f"/element/{find(css)}/click", {})

        def shot(name):
            time.sleep(2)
            with open(f"{OUT}/{name}.png", "wb") as f:
                f.write(base64.b64decode(wd("GET", s + "/screenshot")))
            width = wd("POST", s + "/execute/sync", {"script": "return document.documentElement.scrollWidth", "args": []})
            print(f"{name}.png  page width {width}px")

        size(390, 844)
        go("/login")
        shot("login-390")
        go("/delais")
        # the web component's own value (ISO), then the change event Vaadin listens to
        wd("POST", s + "/execute/sync", {"script": """
            const picker = document.querySelector('vaadin-date-picker');
            picker.value = '2025-04-23';
            picker.dispatchEvent(new Event('change', {bubbles: true}));""", "args": []})
        time.sleep(1)
        click("vaadin-button[theme~=primary]")
        shot("calculator-390")

        go("/login")
        type_into("input[name=username]", "victime@demo.victim-portal.fr")
        type_into("input[name=password]", "Victime-demo-2026\n")
        time.sleep(3)
        go("/mon-dossier")
        shot("dashboard-390")
        reference = wd("GET", s + "/url").rstrip("/").split("/")[-1]
        go(f"/declaration/{reference}/1")
        shot("wizard-390")
        size(1366, 768)
        go(f"/dossier/{reference}")
        shot("dashboard-1366")
        go(f"/declaration/{reference}/2")
        shot("wizard-1366")
        go("/")
        shot("home-1366")
        wd("DELETE", s)
    finally:
        driver.terminate()


if __name__ == "__main__":
    main()
