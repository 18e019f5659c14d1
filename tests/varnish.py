"""Run Debian's varnishd with the committed VCL in front of a portal on 127.0.0.1.

Production runs deploy/varnish/default.vcl in its own container (compose service "proxy");
the tests and bench/load.py use this to put the very same configuration in front of a local
server, changing only the backend address.
"""

import re
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

VCL = Path(__file__).resolve().parents[1] / "deploy" / "varnish" / "default.vcl"


def varnishd():
    """The varnishd binary, or None when Varnish is not installed."""
    return shutil.which("varnishd") or (
        "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None
    )


def vcl_for_backend(host, port):
    """The committed VCL with the backend at host:port instead of the compose service."""
    text = VCL.read_text()
    text, hosts = re.subn(r'\.host = "[^"]*";', f'.host = "{host}";', text, count=1)
    text, ports = re.subn(r'\.port = "[^"]*";', f'.port = "{port}";', text, count=1)
    if not (hosts and ports):
        raise ValueError(f"{VCL} has no backend host and port to replace")
    return text


def _wait_for_port(port, process, log, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"varnishd exited: {log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"varnishd did not listen on 127.0.0.1:{port} within {timeout} s")


@contextmanager
def running(backend_port, http_port, purge_port, memory="64m", timeout=30):
    """varnishd in the foreground with its "http" and "purge" addresses on 127.0.0.1."""
    binary = varnishd()
    if binary is None:
        raise FileNotFoundError("varnishd is not installed (apt-get install varnish)")
    with (
        tempfile.TemporaryDirectory(prefix="portal-varnish-") as workdir,
        open(Path(workdir) / "varnishd.log", "w") as output,
    ):
        vcl = Path(workdir) / "portal.vcl"
        vcl.write_text(vcl_for_backend("127.0.0.1", backend_port))
        log = Path(workdir) / "varnishd.log"
        process = subprocess.Popen(
            [
                binary,
                "-F",
                "-n",
                str(Path(workdir) / "instance"),
                "-j",
                "none",
                "-T",
                "none",
                "-f",
                str(vcl),
                "-a",
                f"http=127.0.0.1:{http_port},HTTP",
                "-a",
                f"purge=127.0.0.1:{purge_port},HTTP",
                "-s",
                f"malloc,{memory}",
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_for_port(http_port, process, log, timeout)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
