"""General functions for HTML manipulation (CPython's `html`, in the subset):
escape and unescape (named, decimal and hexadecimal character references,
with HTML5's rules for missing semicolons and invalid code points)."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references the HTML5 parser maps to other characters.
_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
    0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
    0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
    0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
    0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}


def _is_invalid_codepoint(num):
    if 0x1 <= num <= 0x8 or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f:
        return True
    if 0xfdd0 <= num <= 0xfdef or num == 0xb:
        return True
    return (num & 0xfffe) == 0xfffe and num <= 0x10ffff


_html5 = None


def _replace_charref(s):
    global _html5
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _is_invalid_codepoint(num):
            return ''
        return chr(num)
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    if s in _html5:
        return _html5[s]
    # The longest prefix that is a name (some names need no semicolon).
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_HEX = '0123456789abcdefABCDEF'
_NAME_STOP = '\t\n\x0c <&#;'


def _match_charref(s, i):
    """The reference text after the '&' at s[i - 1], or None (the pattern
    #[0-9]+;? | #[xX][0-9a-fA-F]+;? | [^\\t\\n\\f <&#;]{1,32};?)."""
    n = len(s)
    j = i
    if j < n and s[j] == '#':
        if j + 1 < n and s[j + 1] in 'xX':
            k = j + 2
            while k < n and s[k] in _HEX:
                k += 1
            if k == j + 2:
                return None
        else:
            k = j + 1
            while k < n and '0' <= s[k] <= '9':
                k += 1
            if k == j + 1:
                return None
        if k < n and s[k] == ';':
            k += 1
        return s[j:k]
    k = j
    while k < n and k - j < 32 and s[k] not in _NAME_STOP:
        k += 1
    if k == j:
        return None
    if k < n and s[k] == ';':
        k += 1
    return s[j:k]


def unescape(s):
    """Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters."""
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find('&', i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        ref = _match_charref(s, j + 1)
        if ref is None:
            out.append('&')
            i = j + 1
            continue
        out.append(_replace_charref(ref))
        i = j + 1 + len(ref)
    return ''.join(out)
