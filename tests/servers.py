"""Stand-ins on 127.0.0.1: an Elasticsearch cluster down, hanging or faked; a purge target."""

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def closed_port():
    """A port on 127.0.0.1 where nothing listens (bound once, then released)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


class SilentListener:
    """Accepts connections and never answers: a hung cluster."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.held.append(conn)

    def close(self):
        self.running = False
        self.thread.join(timeout=2)
        for conn in self.held:
            conn.close()
        self.sock.close()


class _LocalServer:
    """An HTTP server on a free port of 127.0.0.1, in a daemon thread."""

    def _start(self, handler):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class FakeElasticsearch(_LocalServer):
    """Answers the handful of requests the backend sends, recording each (method, path, body)."""

    def __init__(self, search_hits=()):
        self.requests = []
        self.search_hits = list(search_hits)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _reply(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                fake.requests.append((self.command, self.path, body))
                payload = fake.answer(self.command, self.path)
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _reply

        self._start(Handler)

    def answer(self, method, path):
        if "_search" in path:
            hits = [{"fields": {"pk": [str(pk)]}, "_score": 1.0} for pk in self.search_hits]
            return {"hits": {"total": {"value": len(hits)}, "hits": hits}}
        if "_count" in path:
            return {"count": len(self.search_hits)}
        if path.startswith("/_cluster/health"):
            return {"status": "green", "cluster_name": "fake"}
        if path == "/":
            return {"version": {"number": "8.15.0"}, "tagline": "You Know, for Search"}
        return {"result": "updated", "_id": path.rsplit("/", 1)[-1]}


class RecordingServer(_LocalServer):
    """Answers 200 to any request and records (method, path, Host): e.g. a caching proxy."""

    def __init__(self):
        self.requests = []
        recorded = self.requests

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _reply(self):
                recorded.append((self.command, self.path, self.headers.get("Host")))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_PURGE = do_BAN = do_HEAD = _reply

        self._start(Handler)
