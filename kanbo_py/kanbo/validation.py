"""Validation rules of KANBO.md §1.1: the lowercase rule, name lengths,
reserved words, usernames (slug of a display name folded to ASCII) and the
parsing of a bag form's initial tags.

Every check raises ValidationError with a sentence fit to show a user."""

import re

from .errors import ValidationError

LOWERCASE_RE = re.compile(r"[a-z0-9-]+\Z")
SLUG_RE = re.compile(r"[-a-zA-Z0-9_]+\Z")
LEADING_DIGIT_RE = re.compile(r"-?[0-9]")

USERNAME_MAX = 30
USERNAME_MIN = 2
BOARD_NAME_MAX = 50
BOARD_LABEL_MAX = 200
BAG_NAME_MAX = 200
TAG_NAME_MAX = 200
CARD_NAME_MAX = 50
CARD_LABEL_MAX = 200
HREF_MAX = 1000
FULL_NAME_MAX = 100

RESERVED_USERNAMES = ("about", "hello", "boards", "bags", "users", "api")
RESERVED_BOARD_NAMES = ("new", "create", "edit", "update", "delete", "profile", "kanbo")

# ASCII folding of the Latin letters a social-login name is likely to use
# (what NFKD + dropping combining marks gives for them). Letters not listed
# are dropped, as `encode("ascii", "ignore")` would.
_FOLD_GROUPS = (
    ("a", "àáâãäåāăą"),
    ("A", "ÀÁÂÃÄÅĀĂĄ"),
    ("c", "çćĉċč"),
    ("C", "ÇĆĈĊČ"),
    ("d", "ďđ"),
    ("D", "ĎĐ"),
    ("e", "èéêëēĕėęě"),
    ("E", "ÈÉÊËĒĔĖĘĚ"),
    ("g", "ĝğġģ"),
    ("G", "ĜĞĠĢ"),
    ("h", "ĥħ"),
    ("H", "ĤĦ"),
    ("i", "ìíîïĩīĭįı"),
    ("I", "ÌÍÎÏĨĪĬĮİ"),
    ("j", "ĵ"),
    ("J", "Ĵ"),
    ("k", "ķ"),
    ("K", "Ķ"),
    ("l", "ĺļľŀł"),
    ("L", "ĹĻĽĿŁ"),
    ("n", "ñńņňŉ"),
    ("N", "ÑŃŅŇ"),
    ("o", "òóôõöøōŏő"),
    ("O", "ÒÓÔÕÖØŌŎŐ"),
    ("r", "ŕŗř"),
    ("R", "ŔŖŘ"),
    ("s", "śŝşš"),
    ("S", "ŚŜŞŠ"),
    ("t", "ţťŧ"),
    ("T", "ŢŤŦ"),
    ("u", "ùúûüũūŭůűų"),
    ("U", "ÙÚÛÜŨŪŬŮŰŲ"),
    ("w", "ŵ"),
    ("W", "Ŵ"),
    ("y", "ýÿŷ"),
    ("Y", "ÝŶŸ"),
    ("z", "źżž"),
    ("Z", "ŹŻŽ"),
    ("ss", "ß"),
    ("ae", "æ"),
    ("AE", "Æ"),
    ("oe", "œ"),
    ("OE", "Œ"),
    ("th", "þ"),
    ("TH", "Þ"),
    ("dh", "ð"),
    ("DH", "Ð"),
)
_FOLD = {}
for _ascii, _letters in _FOLD_GROUPS:
    for _letter in _letters:
        _FOLD[_letter] = _ascii


def fold_ascii(text):
    """`text` with accented Latin letters replaced by their ASCII base and
    every other non-ASCII character dropped."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.append(_FOLD.get(ch, ""))
    return "".join(out)


def slugify(text):
    """A lowercase slug of `text`: folded to ASCII, runs of spaces, dashes
    and underscores become one `-`, other punctuation goes, no `-` at
    either end. The result follows the lowercase rule (or is empty)."""
    out = []
    dash = False
    for ch in fold_ascii(text).lower():
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            if dash and out:
                out.append("-")
            dash = False
            out.append(ch)
        elif ch in " \t\r\n-_":
            dash = True
    return "".join(out)


def check_lowercase(value, field, what):
    """The lowercase rule: only a-z, 0-9 and `-`."""
    if not LOWERCASE_RE.match(value):
        raise ValidationError(
            "%s may contain only lowercase letters a-z, digits 0-9 and '-' (got %r)." % (what, value),
            field,
        )


def check_length(value, field, what, maximum, minimum=1):
    if len(value) < minimum:
        if minimum == 1:
            raise ValidationError("%s is required." % what, field)
        raise ValidationError("%s must have at least %d characters." % (what, minimum), field)
    if len(value) > maximum:
        raise ValidationError(
            "%s must have at most %d characters (it has %d)." % (what, maximum, len(value)), field
        )


def validate_username(username):
    """Raises ValidationError unless `username` may name a user: 2 to 30
    characters under the lowercase rule, not starting with a digit or
    `-digit`, and not a reserved word of the URL scheme."""
    if not isinstance(username, str):
        raise ValidationError("Username is required.", "username")
    check_length(username, "username", "Username", USERNAME_MAX, USERNAME_MIN)
    check_lowercase(username, "username", "Username")
    if LEADING_DIGIT_RE.match(username):
        raise ValidationError("Username must not start with a digit or '-' and a digit.", "username")
    if username in RESERVED_USERNAMES:
        raise ValidationError("The username %r is reserved; please choose another." % username, "username")
    return username


def username_problem(username):
    """The ValidationError message for `username`, or None when valid."""
    try:
        validate_username(username)
    except ValidationError as e:
        return e.message
    return None


def derive_username(display_name, is_taken, random_hex):
    """A valid, untaken username for a person called `display_name`: its
    slug cut to 30 characters; when that is invalid or taken, its first 14
    characters plus 16 random hex digits (`random_hex(16)` gives them;
    `is_taken(name)` says whether a user already has the name)."""
    base = slugify(display_name)[:USERNAME_MAX].strip("-")
    if username_problem(base) is None and not is_taken(base):
        return base
    prefix = base[:14].strip("-")
    if not prefix or LEADING_DIGIT_RE.match(prefix):
        prefix = ("user-" + prefix)[:14].strip("-")
    while True:
        candidate = prefix + random_hex(16)
        if username_problem(candidate) is None and not is_taken(candidate):
            return candidate


def validate_full_name(full_name):
    if not isinstance(full_name, str):
        raise ValidationError("Full name must be text.", "full_name")
    if len(full_name) > FULL_NAME_MAX:
        raise ValidationError("Full name must have at most %d characters." % FULL_NAME_MAX, "full_name")
    return full_name


def validate_board_name(name):
    check_length(name, "name", "Board name", BOARD_NAME_MAX)
    check_lowercase(name, "name", "Board name")
    if name in RESERVED_BOARD_NAMES:
        raise ValidationError("The board name %r is reserved; please choose another." % name, "name")
    return name


def validate_visibility(is_public, is_private):
    """A board is public (anyone may rearrange), private (only the owner
    and members may read), or neither; never both."""
    if is_public and is_private:
        raise ValidationError("A board cannot be both public and private; untick one of them.", "is_private")


def validate_board_label(label):
    if label is None:
        return ""
    if len(label) > BOARD_LABEL_MAX:
        raise ValidationError("Label must have at most %d characters." % BOARD_LABEL_MAX, "label")
    return label


def validate_bag_name(name):
    check_length(name, "name", "Bag name", BAG_NAME_MAX)
    check_lowercase(name, "name", "Bag name")
    return name


def validate_tag_name(name, field="name"):
    check_length(name, field, "Tag name", TAG_NAME_MAX)
    check_lowercase(name, field, "Tag name")
    return name


def validate_card_name(name):
    """Card names are slugs: letters, digits, `_` and `-`, at most 50."""
    check_length(name, "name", "Card name", CARD_NAME_MAX)
    if not SLUG_RE.match(name):
        raise ValidationError(
            "Card name may contain only letters, digits, '_' and '-' (got %r)." % name, "name"
        )
    return name


def validate_card_label(label):
    if label is None:
        label = ""
    label = label.strip()
    check_length(label, "label", "Label", CARD_LABEL_MAX)
    return label


def validate_href(href):
    """An optional absolute http(s) URL of at most 1000 characters."""
    if href is None:
        return ""
    href = href.strip()
    if not href:
        return ""
    if len(href) > HREF_MAX:
        raise ValidationError("The link must have at most %d characters." % HREF_MAX, "href")
    lowered = href.lower()
    if not (lowered.startswith("http://") or lowered.startswith("https://")):
        raise ValidationError("The link must be an http:// or https:// URL.", "href")
    rest = href.split("://", 1)[1]
    host = rest.split("/", 1)[0]
    if not host or " " in href:
        raise ValidationError("The link is not a valid URL.", "href")
    return href


def parse_initial_tags(text):
    """The tag names of a new-bag form: separated by whitespace or
    newlines, each under the lowercase rule; duplicates are an error."""
    if text is None:
        return []
    names = text.split()
    seen = set()
    for name in names:
        validate_tag_name(name, "initial_tags")
        if name in seen:
            raise ValidationError("The tag %r is listed twice." % name, "initial_tags")
        seen.add(name)
    return names


def validate_password(password):
    if not isinstance(password, str) or len(password) < 8:
        raise ValidationError("Password must have at least 8 characters.", "password")
    if len(password) > 1000:
        raise ValidationError("Password must have at most 1000 characters.", "password")
    return password
