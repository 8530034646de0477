"""URL canonicalisation: one spelling per article, so tracking links and anchors dedupe to the same key."""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

LOGGER = logging.getLogger(__name__)

# Query parameters that identify a campaign or a click, never the document.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "igshid", "igsh", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi", "__hssc", "__hstc",
    "__hsfp", "hsctatracking", "ref", "ref_src", "ref_url", "cmpid", "ocid",
    "ncid", "sr_share", "spm", "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "wt.mc_id",
    "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "xtor",
    "smid", "guccounter", "guce_referrer", "guce_referrer_sig",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "itm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_PERCENT_RE = re.compile(r"%[0-9a-fA-F]{2}")
_LINK_TAG_RE = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTR_RE = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_HEAD_END_RE = re.compile(rb"</head\s*>|<body[\s>]", re.IGNORECASE)


def is_tracking_param(name: str) -> bool:
    """Whether a query parameter only tracks clicks or campaigns."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """The canonical spelling of an http(s) URL; other strings come back stripped.

    Lower-cases scheme and host, drops default ports, fragments and tracking parameters,
    and sorts the remaining query parameters. Idempotent.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        LOGGER.debug("not a parsable URL: %s", url)
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{host}"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    path = _PERCENT_RE.sub(lambda m: m.group(0).upper(), parts.path) or "/"
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    query = urlencode(sorted(pairs, key=lambda kv: kv[0]))  # stable: repeated keys keep their order
    return urlunsplit((scheme, netloc, path, query, ""))


def find_canonical_link(html: bytes | str, base_url: str) -> str | None:
    """The absolute http(s) URL of ``<link rel="canonical">`` in a page's head, or None."""
    if isinstance(html, str):
        html = html.encode("utf-8", "replace")
    head = html[:262144]
    end = _HEAD_END_RE.search(head)
    if end:
        head = head[: end.start()]
    text = head.decode("latin-1")  # markup is ASCII; the href is percent-encoded or re-encoded below
    for tag in _LINK_TAG_RE.findall(text):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR_RE.finditer(tag)}
        if "canonical" not in attrs.get("rel", "").lower().split():
            continue
        href = attrs.get("href", "").strip()
        if not href:
            continue
        try:
            href = href.encode("latin-1").decode("utf-8")
        except UnicodeError:
            pass
        absolute = urljoin(base_url, href)
        if urlsplit(absolute).scheme in ("http", "https"):
            return absolute
        LOGGER.debug("ignoring non-http canonical link %s on %s", href, base_url)
    return None
