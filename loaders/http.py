"""Fetching one URL: http(s) only, a timeout on every step and on the whole, a size cap, bounded redirects."""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from loaders.base import MAX_BYTES, BadInput

TIMEOUT = 20.0  # seconds, per connection step and, doubled, for the whole download
MAX_REDIRECTS = 5
USER_AGENT = "claimgraph/0.1 (+https://github.com/claimgraph)"


@dataclass
class Fetched:
    url: str  # after redirects
    data: bytes
    charset: str | None


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        target = urllib.parse.urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if not target.lower().startswith(("http://", "https://")):
            raise BadInput(f"redirect to a non-HTTP address refused ({target[:80]})")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener(max_redirects: int) -> urllib.request.OpenerDirector:
    handler = _Redirects()
    handler.max_redirections = max_redirects
    handler.max_repeats = max_redirects
    # No FileHandler/FTPHandler: only http and https are ever opened.
    opener = urllib.request.OpenerDirector()
    for h in (urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(), handler,
              urllib.request.HTTPErrorProcessor(), urllib.request.HTTPDefaultErrorHandler()):
        opener.add_handler(h)
    return opener


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> Fetched:
    """The body of an http(s) URL, or BadInput with one line saying what went wrong."""
    if not url.lower().startswith(("http://", "https://")):
        raise BadInput("only http:// and https:// URLs are fetched")
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    deadline = time.monotonic() + 2 * timeout
    try:
        with _opener(max_redirects).open(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise BadInput(f"too large ({int(length)} bytes; limit {max_bytes})")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise BadInput(f"timed out: download took longer than {2 * timeout:g} s")
                chunk = resp.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise BadInput(f"too large (more than {max_bytes} bytes)")
                chunks.append(chunk)
            return Fetched(url=resp.geturl(), data=b"".join(chunks), charset=_charset(resp.headers))
    except BadInput:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise BadInput(f"too many redirects (more than {max_redirects})") from None
        raise BadInput(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise BadInput(f"timed out after {timeout:g} s") from None
        raise BadInput(f"cannot fetch: {reason}") from None
    except TimeoutError:
        raise BadInput(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise BadInput(f"cannot fetch: {exc}") from None


def _charset(headers: Message) -> str | None:
    charset = headers.get_content_charset()
    return charset.lower() if charset else None
