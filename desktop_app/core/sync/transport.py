"""HTTP to the provincial server (httpx): JSON bodies compressed both ways (gzip up; Zstandard
down from a server that has it, else gzip: see ACCEPT_ENCODING), the device
token as a bearer token, plain HTTP only to this machine (DESIGN §4: HTTPS otherwise).

Every failure becomes a `SyncError` with a stable code the UI translates:
- "server_unreachable": no connection, a timeout, a connection cut mid-reply;
- "server_error": a 5xx (the server's detail is kept for the log);
- the server's own code for a refusal ("device_revoked", "out_of_scope", "seq_gap", …).
"""

from __future__ import annotations

import gzip
import importlib.util
import ipaddress
import json
import ssl
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop_app.core.errors import WardbookError
from desktop_app.core.sync.protocol import API_PREFIX

# Zstandard when httpx can decode it (the `zstandard` package, a dependency: a missing one must
# not make replies unreadable): a pull page decodes in a quarter of gzip's time. A server of an
# older release answers gzip.
ACCEPT_ENCODING = "zstd, gzip" if importlib.util.find_spec("zstandard") is not None else "gzip"


class SyncError(WardbookError):
    """A sync (or enrollment) could not be done. `code` says why; `detail` is for the log.
    `status` is the HTTP status when the server answered."""

    def __init__(self, code: str, detail: str = "", *, status: int | None = None, body: dict[str, Any] | None = None):
        self.code, self.detail, self.status, self.body = code, detail, status, body or {}
        super().__init__(f"{code}: {detail}" if detail else code)


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The server URL without a trailing slash; refuses plain HTTP to anything but loopback."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError("bad_url", url)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SyncError("insecure_url", "plain HTTP is allowed only to this machine; use https://")
    return url


class HttpTransport:
    """One connection pool to one server. `bytes_sent` / `bytes_received` count what crossed
    the wire (compressed)."""

    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 120.0,
                 compress: bool = True, pinned_cert: str | None = None):
        self.base_url = check_url(base_url)
        headers = {"Accept-Encoding": ACCEPT_ENCODING, "User-Agent": "wardbook-sync/1"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.compress = compress
        # Plain HTTP (loopback only) needs no TLS context: building one costs 20 ms a sync.
        tls: Any = self.base_url.startswith("https://")
        if tls and pinned_cert:
            tls = pinned_context(pinned_cert)
        self.client = httpx.Client(base_url=self.base_url + API_PREFIX, headers=headers, verify=tls,
                                   timeout=httpx.Timeout(timeout, connect=10.0), trust_env=False)
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "HttpTransport":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _send(self, method: str, path: str, *, body: bytes | None = None,
              params: dict[str, Any] | None = None, gzipped: bool = False,
              headers: dict[str, str] | None = None, raw: bool = False) -> httpx.Response:
        headers = dict(headers or {})
        content = None
        if body is not None and raw:
            content = body
            self.bytes_sent += len(content)
        elif body is not None:
            headers["Content-Type"] = "application/json"
            if gzipped:
                content = body
                headers["Content-Encoding"] = "gzip"
            elif self.compress and len(body) > 512:
                content = gzip.compress(body, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
            else:
                content = body
            self.bytes_sent += len(content)
        try:
            resp = self.client.request(method, path, content=content, params=params, headers=headers)
            resp.read()
        except httpx.TransportError as e:
            if "CERTIFICATE_VERIFY_FAILED" in str(e):
                raise SyncError("server_certificate_mismatch",
                                "the server's certificate is not the one pinned at enrollment") from e
            raise SyncError("server_unreachable", f"{type(e).__name__}: {e}") from e
        self.bytes_received += resp.num_bytes_downloaded
        if resp.status_code >= 400:
            raise _error_of(resp)
        return resp

    def get_json(self, path: str, **params: Any) -> Any:
        return json.loads(self._send("GET", path, params=params).content)

    def get_body(self, path: str, **params: Any) -> bytes:
        """The (decompressed) JSON body, not parsed: the pull fetches the next page while the
        current one is applied, and parses it on the applying thread."""
        return self._send("GET", path, params=params).content

    def put_bytes(self, path: str, data: bytes, *, params: dict[str, Any], content_type: str) -> Any:
        """Raw bytes (an attachment chunk: photos are compressed already)."""
        return json.loads(self._send("PUT", path, body=data, params=params, raw=True,
                                     headers={"Content-Type": content_type}).content)

    def get_bytes(self, path: str, *, start: int = 0) -> tuple[bytes, str]:
        """The body from `start` on (an HTTP range), and its content type."""
        resp = self._send("GET", path, headers={"Range": f"bytes={start}-"} if start else None)
        return resp.content, resp.headers.get("content-type", "application/octet-stream")

    def post_json(self, path: str, body: bytes, *, gzipped: bool = False) -> Any:
        """POSTs a JSON body (`gzipped`: already compressed by the caller)."""
        return json.loads(self._send("POST", path, body=body, gzipped=gzipped).content)


def pinned_context(cert_pem: str) -> ssl.SSLContext:
    """Trusts exactly the certificate seen at enrollment (a self-signed one, or a CA-issued one:
    it is its own anchor), host name still checked."""
    ctx = ssl.create_default_context(cadata=cert_pem)
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return ctx


def fetch_certificate(url: str, timeout: float = 10.0) -> tuple[str, str]:
    """The server's certificate (PEM) and its SHA-256 fingerprint, read without trusting it: the
    caller compares the fingerprint with the one the provincial admin gave, or pins it on first
    use."""
    import hashlib

    parts = urlsplit(url)
    pem = ssl.get_server_certificate((parts.hostname or "", parts.port or 443), timeout=timeout)
    fp = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    return pem, fp


def _error_of(resp: httpx.Response) -> SyncError:
    try:
        detail = resp.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if resp.status_code >= 500:  # whatever the body says: the server (or a proxy) failed, retry later
        why = detail.get("code", "") if isinstance(detail, dict) else ""
        return SyncError("server_error", f"HTTP {resp.status_code} {why}".strip(), status=resp.status_code)
    if isinstance(detail, dict) and "code" in detail:
        return SyncError(str(detail["code"]), str(detail.get("detail", "")), status=resp.status_code, body=detail)
    return SyncError("server_refused", f"HTTP {resp.status_code}: {resp.text[:200]}", status=resp.status_code)
