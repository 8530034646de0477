"""Flattening an HTML page to a plain-text dump, as a browser's "save as text" does (for tests and benchmarks)."""

from __future__ import annotations

from lxml import html as lxml_html


BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "button", "textarea",
})
SKIPPED_TAGS = frozenset({"head", "script", "style", "noscript", "template", "svg", "iframe"})


def _render(element, lines: list[str], buffer: list[str]) -> None:
    """Append the element's text to buffer, flushing it to lines around block elements."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in SKIPPED_TAGS or not tag:
        if element.tail:
            buffer.append(element.tail)
        return
    block = tag in BLOCK_TAGS
    if block or tag == "br":
        _flush(lines, buffer)
    if element.text:
        buffer.append(element.text)
    for child in element:
        _render(child, lines, buffer)
    if block:
        _flush(lines, buffer)
    if element.tail:
        buffer.append(element.tail)


def _flush(lines: list[str], buffer: list[str]) -> None:
    """Move the buffered inline text to lines as one whitespace-collapsed line."""
    line = " ".join("".join(buffer).split())
    if line:
        lines.append(line)
    buffer.clear()


def render_page_text(html: str) -> str:
    """Flatten an HTML page to text as a browser's "save as text" does: a line per block, inline text glued.

    Menu links without separators run together ("HomeLocalBusiness"), comment user names and
    timestamps land on their own lines when their markup is block-level. Never raises: garbage gives ''.
    """
    try:
        tree = lxml_html.document_fromstring(html)
    except Exception:  # lxml raises several types on garbage; garbage renders as no text
        return ""
    lines: list[str] = []
    buffer: list[str] = []
    body = tree.find("body")
    _render(body if body is not None else tree, lines, buffer)
    _flush(lines, buffer)
    return "\n".join(lines) + "\n"
