"""A LibreTranslate look-alike on 127.0.0.1 for tests: real HTTP, no network.

It speaks POST /translate with JSON or form data (q as a string or a list, source, target,
format, api_key) and answers like LibreTranslate: "[fr] text" keeps the markup of HTML
input intact, so tests can see what was translated and into which language. `fail_with`
makes it answer with an HTTP error, `delay` makes it wait that many seconds first, and
`answer_body` replaces its answer with those bytes (nonsense the service might send);
`requests` records what it received.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class FakeLibreTranslate:
    def __init__(self, api_key=None):
        self.api_key = api_key
        self.fail_with = None
        self.delay = 0
        self.answer_body = None
        self.requests = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._server.shutdown()
        self._server.server_close()

    @staticmethod
    def translate(text, target):
        if text.startswith("<"):
            head, _, rest = text.partition(">")
            return f"{head}>[{target}] {rest}"
        return f"[{target}] {text}"

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, status, body):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(raw)
                else:
                    params = {key: values[0] for key, values in parse_qs(raw).items()}
                fake.requests.append({"path": self.path, **params})
                if self.path != "/translate":
                    return self._answer(404, {"error": "Not found"})
                if fake.delay:
                    time.sleep(fake.delay)
                if fake.answer_body is not None:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(fake.answer_body)))
                    self.end_headers()
                    self.wfile.write(fake.answer_body)
                    return None
                if fake.fail_with:
                    return self._answer(fake.fail_with, {"error": "Internal server error"})
                if fake.api_key and params.get("api_key") != fake.api_key:
                    return self._answer(403, {"error": "Invalid API key"})
                missing = [name for name in ("q", "source", "target") if not params.get(name)]
                if missing:
                    return self._answer(400, {"error": f"Invalid request: missing {missing}"})
                q, target = params["q"], params["target"]
                if isinstance(q, list):
                    translated = [fake.translate(text, target) for text in q]
                else:
                    translated = fake.translate(q, target)
                return self._answer(200, {"translatedText": translated})

        return Handler
