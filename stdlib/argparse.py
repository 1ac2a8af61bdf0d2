"""Command-line parsing (CPython's `argparse`, the common parts, in the subset).

`ArgumentParser` (prog, usage, description, epilog, add_help,
formatter_class, prefix_chars, allow_abbrev, exit_on_error),
`add_mutually_exclusive_group`, `add_argument` (positionals and -x/--xx options; actions store,
store_const, store_true, store_false, append, append_const, count, help,
version; type, default, choices, required, nargs None/?/*/+/N, const,
dest, help, metavar), argument groups, `add_subparsers`/`add_parser`,
`parse_args`/`parse_known_args` returning a `Namespace`, `format_usage`,
`format_help`, `print_help`, and errors as CPython prints them (usage and
`prog: error: ...` on stderr, exit status 2).

Help is laid out as CPython 3.11's HelpFormatter does (width from
$COLUMNS, else 80, minus 2). Differences: lines are wrapped at spaces only
(textwrap would also break after hyphens); `parents=`, `fromfile_prefix_chars` and intermixed parsing are not
provided.
"""

import sys

__all__ = [
    "ArgumentParser",
    "ArgumentError",
    "ArgumentTypeError",
    "Namespace",
    "Action",
    "HelpFormatter",
    "RawDescriptionHelpFormatter",
    "RawTextHelpFormatter",
    "ArgumentDefaultsHelpFormatter",
    "SUPPRESS",
    "OPTIONAL",
    "ZERO_OR_MORE",
    "ONE_OR_MORE",
    "REMAINDER",
    "BooleanOptionalAction",
    "FileType",
    "PARSER",
]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


def _collapse_whitespace(text):
    return " ".join(text.split())


def _wrap(text, width):
    """Greedy word wrap of already collapsed text (textwrap.wrap without
    hyphen breaking)."""
    width = max(width, 1)
    lines = []
    line = ""
    for word in text.split(" "):
        if not word:
            continue
        while len(word) > width and not line:
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + " " + word
        else:
            lines.append(line)
            line = ""
            while len(word) > width:
                lines.append(word[:width])
                word = word[width:]
            line = word
    if line:
        lines.append(line)
    return lines


def _terminal_width():
    try:
        import os

        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError, ImportError, AttributeError):
        columns = 80
    return columns - 2


class Namespace:
    """Simple object for storing attributes; parse_args returns one."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        arg_strings = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                arg_strings.append("%s=%r" % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append("**%s" % repr(star_args))
        return "%s(%s)" % (type(self).__name__, ", ".join(arg_strings))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error from creating or using an argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message
        super().__init__(message)

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a `type=` function to report a bad value."""


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return "{" + ",".join(argument.choices) + "}"
    return None


# ---- actions ----------------------------------------------------------------


class Action:
    """One argument: how it is parsed and stored."""

    def __init__(
        self,
        option_strings,
        dest,
        nargs=None,
        const=None,
        default=None,
        type=None,
        choices=None,
        required=False,
        help=None,
        metavar=None,
    ):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help", "metavar"]
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError(
                "nargs for store actions must be != 0; if you have nothing to store, "
                "actions such as store true or store const may be more appropriate"
            )
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class FileType(object):
    """An argument type that opens the named file ('-' is stdin/stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return sys.stdin
            if any(c in self._mode for c in "wax"):
                return sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        args += ["%s=%r" % (k, v) for k, v in (("encoding", self._encoding), ("errors", self._errors))
                 if v is not None]
        return "%s(%s)" % (type(self).__name__, ", ".join(args))


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs setting True / False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith("--"):
                _option_strings.append("--no-" + option_string[2:])
        super().__init__(_option_strings, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError(
                "nargs for append actions must be != 0; if arg strings are not supplying "
                "the value to append, the append const action may be more appropriate"
            )
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        parser._print_message(formatter._fill_text(version % {"prog": parser.prog}, formatter._width, "") + "\n", sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            super().__init__([], dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, None, None, None, self._name_parser_map,
                         required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            choices = ", ".join(repr(c) for c in self._name_parser_map)
            raise ArgumentError(
                self, "unknown parser %r (choices: %s)" % (parser_name, choices)
            ) from None
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            extras = getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR", [])
            extras.extend(arg_strings)
            setattr(namespace, "_UNRECOGNIZED_ARGS_ATTR", extras)


_ACTIONS = {
    None: _StoreAction,
    "store": _StoreAction,
    "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction,
    "store_false": _StoreFalseAction,
    "append": _AppendAction,
    "append_const": _AppendConstAction,
    "count": _CountAction,
    "help": _HelpAction,
    "version": _VersionAction,
    "parsers": _SubParsersAction,
}


# ---- help formatting --------------------------------------------------------


def _split_usage(text):
    """Usage parts for wrapping: words, with [...] and (...) groups kept whole."""
    parts = []
    current = ""
    depth = 0
    for ch in text:
        if ch == " " and depth == 0:
            if current:
                parts.append(current)
            current = ""
            continue
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        current += ch
    if current:
        parts.append(current)
    return parts


class HelpFormatter:
    """Lays out usage and help text as CPython 3.11 does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width()
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width

    # Overridable text hooks (the Raw* and ArgumentDefaults* formatters).
    def _fill_text(self, text, width, indent):
        text = _collapse_whitespace(text)
        return "\n".join(indent + line for line in _wrap(text, width - len(indent)))

    def _split_lines(self, text, width):
        return _wrap(_collapse_whitespace(text), width)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    # ---- args and usage ----
    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(c) for c in action.choices)
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size

        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % get_metavar(1)
        if nargs == OPTIONAL:
            return "[%s]" % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get_metavar(2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % get_metavar(1)
        if nargs == SUPPRESS:
            return ""
        formats = ["%s"] * nargs
        return " ".join(formats) % get_metavar(nargs)

    def _usage_parts(self, actions, groups=()):
        opt_actions = [a for a in actions if a.option_strings]
        pos_actions = [a for a in actions if not a.option_strings]
        return (
            self._format_actions_usage(opt_actions, groups),
            self._format_actions_usage(pos_actions, groups),
        )

    def _format_actions_usage(self, actions, groups):
        """Usage parts of actions; a mutually exclusive group whose actions
        are adjacent becomes one part, `[-a | -b]` (or `(-a | -b)`)."""
        inserts = {}
        group_actions = []
        for group in groups:
            if not group._group_actions:
                raise ValueError("empty group %s" % (group,))
            if group._group_actions[0] not in actions:
                continue
            start = actions.index(group._group_actions[0])
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            exposed = 0
            for action in group._group_actions:
                group_actions.append(action)
                if action.help is not SUPPRESS:
                    exposed += 1
            if not group.required:
                inserts[start] = inserts[start] + " [" if start in inserts else "["
                inserts[end] = inserts[end] + "]" if end in inserts else "]"
            elif exposed > 1:
                inserts[start] = inserts[start] + " (" if start in inserts else "("
                inserts[end] = inserts[end] + ")" if end in inserts else ")"
            for i in range(start + 1, end):
                inserts[i] = "|"
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == "|":
                    del inserts[i]
                elif inserts.get(i + 1) == "|":
                    del inserts[i + 1]
            elif not action.option_strings:
                default = self._get_default_metavar_for_positional(action)
                part = self._format_args(action, default)
                if action in group_actions and part[:1] == "[" and part[-1:] == "]":
                    part = part[1:-1]
                parts.append(part)
            else:
                option_string = action.option_strings[0]
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    default = self._get_default_metavar_for_optional(action)
                    part = "%s %s" % (option_string, self._format_args(action, default))
                if not action.required and action not in group_actions:
                    part = "[%s]" % part
                parts.append(part)
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        text = " ".join(p for p in parts if p is not None)
        for opener in "[(":
            text = text.replace(opener + " ", opener)
        for closer in "])":
            text = text.replace(" " + closer, closer)
        text = text.replace("[]", "").replace("()", "").strip()
        return _split_usage(text)

    def format_usage(self, usage, actions, prefix="usage: ", groups=()):
        prog = self._prog
        if usage is not None:
            return "%s%s\n\n" % (prefix, usage % {"prog": prog})
        opt_parts, pos_parts = self._usage_parts(actions, groups)
        parts = [p for p in [prog] + opt_parts + pos_parts if p]
        usage = " ".join(parts)
        text_width = self._width
        if len(prefix) + len(usage) > text_width:
            opt_parts = _split_usage(" ".join(opt_parts))
            pos_parts = _split_usage(" ".join(p for p in pos_parts if p))

            def get_lines(parts, indent, prefix=None):
                lines = []
                line = []
                indent_length = len(indent)
                if prefix is not None:
                    line_len = len(prefix) - 1
                else:
                    line_len = indent_length - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + " ".join(line))
                        line = []
                        line_len = indent_length - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines

            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = " " * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = get_lines([prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([prog] + pos_parts, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = " " * len(prefix)
                parts = opt_parts + pos_parts
                lines = get_lines(parts, indent)
                if len(lines) > 1:
                    lines = []
                    lines.extend(get_lines(opt_parts, indent))
                    lines.extend(get_lines(pos_parts, indent))
                lines = [prog] + lines
            usage = "\n".join(lines)
        return "%s%s\n\n" % (prefix, usage)

    # ---- argument sections ----
    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return self._metavar_formatter(action, default)(1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ", ".join("%s %s" % (o, args_string) for o in action.option_strings)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        return self._get_help_string(action) % params

    def _iter_actions(self, actions, indent):
        for action in actions:
            if action.help is SUPPRESS:
                continue
            yield action, indent
            if isinstance(action, _SubParsersAction):
                for sub in action._get_subactions():
                    yield sub, indent + self._indent_increment

    def _format_action(self, action, indent, help_position):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            header = " " * indent + header + "\n"
        elif len(header) <= action_width:
            header = " " * indent + header.ljust(action_width) + "  "
            indent_first = 0
        else:
            header = " " * indent + header + "\n"
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append(" " * indent_first + help_lines[0] + "\n")
                for line in help_lines[1:]:
                    parts.append(" " * help_position + line + "\n")
        elif not header.endswith("\n"):
            parts.append("\n")
        return "".join(parts)

    def format_help(self, parser):
        sections = []
        sections.append(self.format_usage(parser.usage, parser._actions, groups=parser._mutually_exclusive_groups))
        if parser.description:
            sections.append(self._fill_text(parser.description, self._width, "") + "\n\n")
        indent = self._indent_increment
        max_len = 0
        for group in parser._action_groups:
            for action, action_indent in self._iter_actions(group._group_actions, indent):
                max_len = max(max_len, len(self._format_action_invocation(action)) + indent)
        help_position = min(max_len + 2, self._max_help_position)
        for group in parser._action_groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions and not group.description:
                continue
            text = "%s:\n" % group.title if group.title else ""
            if group.description:
                text += self._fill_text(group.description, self._width - indent, " " * indent) + "\n\n"
            for action, action_indent in self._iter_actions(group._group_actions, indent):
                text += self._format_action(action, action_indent, help_position)
            sections.append(text + "\n")
        if parser.epilog:
            sections.append(self._fill_text(parser.epilog, self._width, "") + "\n\n")
        help = "".join(sections)
        while "\n\n\n" in help:
            help = help.replace("\n\n\n", "\n\n")
        return help.strip("\n") + "\n"


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds the default value to each argument's help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


# ---- the parser -------------------------------------------------------------


class _ArgumentGroup:
    def __init__(self, container, title=None, description=None):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container._add_argument(args, kwargs)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup:
    """Arguments of which at most one (exactly one if required) may be given."""

    def __init__(self, parser, required=False):
        self._parser = parser
        self.required = required
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        self._group_actions.append(action)
        return action


class ArgumentParser:
    """Parses command-line strings into a Namespace."""

    def __init__(
        self,
        prog=None,
        usage=None,
        description=None,
        epilog=None,
        formatter_class=HelpFormatter,
        prefix_chars="-",
        argument_default=None,
        conflict_handler="error",
        add_help=True,
        allow_abbrev=True,
        exit_on_error=True,
    ):
        if prog is None:
            prog = sys.argv[0].replace("\\", "/").split("/")[-1] if sys.argv else "prog"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        if conflict_handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value: %r" % (conflict_handler,))
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._subparsers = None
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        if add_help:
            prefix = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(
                prefix + "h", prefix * 2 + "help", action="help", default=SUPPRESS,
                help="show this help message and exit",
            )

    def __repr__(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler", "add_help"]
        values = [self.prog, self.usage, self.description, self.formatter_class, self.conflict_handler,
                  self.add_help]
        return "ArgumentParser(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(names, values))

    # ---- building ----
    def add_argument_group(self, title=None, description=None):
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._mutually_exclusive_groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """Define an argument: a positional name, or option strings."""
        action = self._add_argument(args, kwargs)
        if action.option_strings:
            self._optionals._group_actions.append(action)
        else:
            self._positionals._group_actions.append(action)
        return action

    def _add_argument(self, args, kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        if isinstance(action_name, type):
            action_class = action_name
        elif action_name in _ACTIONS:
            action_class = _ACTIONS[action_name]
        else:
            raise ValueError("unknown action %r" % (action_name,))
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(**kwargs)
        conflicts = [(o, self._option_string_actions[o]) for o in action.option_strings
                     if o in self._option_string_actions]
        if conflicts and self.conflict_handler == "error":
            raise ArgumentError(action, "conflicting option string%s: %s" % (
                "s" if len(conflicts) > 1 else "", ", ".join([o for o, _ in conflicts])))
        for option_string, old_action in conflicts:
            # "resolve": the newer argument takes the option string over;
            # an older one left without any is dropped.
            old_action.option_strings.remove(option_string)
            del self._option_string_actions[option_string]
            if not old_action.option_strings:
                self._actions.remove(old_action)
                for group in self._action_groups + self._mutually_exclusive_groups:
                    if old_action in group._group_actions:
                        group._group_actions.remove(old_action)
        self._actions.append(action)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        return action

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string or option_string[0] not in self.prefix_chars:
                raise ValueError(
                    "invalid option string %r: must start with a character %r"
                    % (option_string, self.prefix_chars)
                )
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % (option_string,))
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def add_subparsers(self, **kwargs):
        """Add sub-commands; returns an object with add_parser()."""
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            usage = formatter.format_usage(None, positionals, "")
            kwargs["prog"] = usage.strip()
        action = _SubParsersAction(option_strings=[], **kwargs)
        self._actions.append(action)
        self._subparsers._group_actions.append(action)
        return action

    # ---- parsing ----
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"))
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _looks_like_negative_number(self, arg_string):
        text = arg_string[1:]
        if not text:
            return False
        try:
            float(text)
        except ValueError:
            return False
        return arg_string[0] == "-" and (text[0].isdigit() or text[0] == ".")

    def _has_negative_number_options(self):
        for option_string in self._option_string_actions:
            if self._looks_like_negative_number(option_string):
                return True
        return False

    def _parse_optional(self, arg_string):
        """None for a positional, else (action, option_string, explicit_arg)."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if "=" in arg_string:
            option_string, explicit_arg = arg_string.split("=", 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        matches = self._get_option_tuples(arg_string)
        if len(matches) > 1:
            options = ", ".join(option_string for action, option_string, explicit_arg in matches)
            self.error("ambiguous option: %s could match %s" % (arg_string, options))
        if len(matches) == 1:
            return matches[0]
        if self._looks_like_negative_number(arg_string) and not self._has_negative_number_options():
            return None
        if " " in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and len(option_string) > 1 and option_string[1] in chars:
            if not self.allow_abbrev:
                return result
            if "=" in option_string:
                option_prefix, explicit_arg = option_string.split("=", 1)
            else:
                option_prefix, explicit_arg = option_string, None
            for candidate in self._option_string_actions:
                if candidate.startswith(option_prefix):
                    result.append((self._option_string_actions[candidate], candidate, explicit_arg))
        elif option_string[0] in chars:
            option_prefix = option_string
            short_option_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for candidate in self._option_string_actions:
                action = self._option_string_actions[candidate]
                if candidate == short_option_prefix:
                    result.append((action, candidate, short_explicit_arg))
                elif candidate.startswith(option_prefix):
                    result.append((action, candidate, None))
        return result

    def _parse_known_args(self, arg_strings, namespace):
        # Classify each string: 'O' option, 'A' argument, '-' for '--'.
        option_string_indices = {}
        pattern = []
        seen_double_dash = False
        for i, arg_string in enumerate(arg_strings):
            if seen_double_dash:
                pattern.append("A")
            elif arg_string == "--":
                pattern.append("-")
                seen_double_dash = True
            else:
                option_tuple = self._parse_optional(arg_string)
                if option_tuple is None:
                    pattern.append("A")
                else:
                    option_string_indices[i] = option_tuple
                    pattern.append("O")
        pattern = "".join(pattern)
        if "-" in pattern:
            # The first '--' only marks the end of the options.
            i = pattern.index("-")
            arg_strings = arg_strings[:i] + arg_strings[i + 1:]
            pattern = pattern[:i] + pattern[i + 1:]
        seen_actions = []
        seen_non_default_actions = []
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take_action(action, argument_strings, option_string=None):
            seen_actions.append(action)
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default_actions.append(action)
                for group in self._mutually_exclusive_groups:
                    if action in group._group_actions:
                        for other in group._group_actions:
                            if other is not action and other in seen_non_default_actions:
                                raise ArgumentError(
                                    action, "not allowed with argument %s" % _get_action_name(other)
                                )
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_string_indices[start_index]
            action_tuples = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    arg_count = self._match_argument_count(action, "A")
                    chars = self.prefix_chars
                    if arg_count == 0 and option_string[1] not in chars and explicit_arg != "":
                        action_tuples.append((action, [], option_string))
                        char = option_string[0]
                        option_string = char + explicit_arg[0]
                        new_explicit_arg = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = new_explicit_arg
                        else:
                            raise ArgumentError(action, "ignored explicit argument %r" % explicit_arg)
                    elif arg_count == 1:
                        stop = start_index + 1
                        action_tuples.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(action, "ignored explicit argument %r" % explicit_arg)
                else:
                    start = start_index + 1
                    selected = pattern[start:]
                    arg_count = self._match_argument(action, selected)
                    stop = start + arg_count
                    action_tuples.append((action, arg_strings[start:stop], option_string))
                    break
            for action, args, option_string in action_tuples:
                take_action(action, args, option_string)
            return stop

        def consume_positionals(start_index):
            arg_counts = self._match_arguments_partial(positionals, pattern[start_index:])
            for action, arg_count in zip(positionals, arg_counts):
                args = arg_strings[start_index:start_index + arg_count]
                start_index += arg_count
                take_action(action, args)
            del positionals[: len(arg_counts)]
            return start_index

        start_index = 0
        max_option_string_index = max(option_string_indices) if option_string_indices else -1
        while start_index <= max_option_string_index:
            next_option_string_index = min(i for i in option_string_indices if i >= start_index)
            if start_index != next_option_string_index:
                positionals_end_index = consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                start_index = positionals_end_index
            if start_index not in option_string_indices:
                extras.extend(arg_strings[start_index:next_option_string_index])
                start_index = next_option_string_index
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                elif (
                    action.default is not None
                    and isinstance(action.default, str)
                    and hasattr(namespace, action.dest)
                    and action.default is getattr(namespace, action.dest)
                ):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            self.error("the following arguments are required: %s" % ", ".join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(a in seen_non_default_actions for a in group._group_actions):
                    names = [_get_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                    self.error("one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def _nargs_counts(self, nargs):
        """(minimum, maximum or None) arguments for nargs."""
        if nargs is None:
            return 1, 1
        if nargs == OPTIONAL:
            return 0, 1
        if nargs == ZERO_OR_MORE:
            return 0, None
        if nargs == ONE_OR_MORE:
            return 1, None
        if nargs == PARSER:
            return 1, None
        if nargs == REMAINDER:
            return 0, None
        if nargs == SUPPRESS:
            return 0, 0
        return nargs, nargs

    def _available(self, action, pattern):
        """How many leading strings of pattern this action may take."""
        if action.nargs in (PARSER, REMAINDER):
            i = 0
            if action.nargs == PARSER:
                while i < len(pattern) and pattern[i] == "-":
                    i += 1
                if i >= len(pattern) or pattern[i] != "A":
                    return 0
            return len(pattern)
        n = 0
        for ch in pattern:
            if ch == "O":
                break
            if ch == "A":
                n += 1
            else:
                n += 1
        return n

    def _match_argument_count(self, action, pattern):
        low, high = self._nargs_counts(action.nargs)
        if low <= 1 and (high is None or high >= 1):
            return 1
        return 0 if low == 0 and high == 0 else -1

    def _match_argument(self, action, pattern):
        low, high = self._nargs_counts(action.nargs)
        avail = 0
        while avail < len(pattern) and pattern[avail] == "A":
            avail += 1
        if action.nargs in (PARSER, REMAINDER):
            avail = len(pattern)
        if avail >= low:
            if high is None:
                return avail
            return min(avail, high)
        nargs = action.nargs
        if nargs is None:
            message = "expected one argument"
        elif nargs == OPTIONAL:
            message = "expected at most one argument"
        elif nargs == ONE_OR_MORE:
            message = "expected at least one argument"
        else:
            message = "expected %s argument%s" % (nargs, "" if nargs == 1 else "s")
        raise ArgumentError(action, message)

    def _match_arguments_partial(self, actions, pattern):
        """Arg counts for the longest prefix of actions that can match the
        positional strings at the start of pattern (greedy, as CPython's
        regular expressions are)."""
        strings = 0
        while strings < len(pattern) and pattern[strings] in "A-":
            strings += 1
        chunk = pattern[:strings]
        for i in range(len(actions), 0, -1):
            counts = self._fit(actions[:i], chunk, pattern)
            if counts is not None:
                return counts
        return []

    def _fit(self, actions, chunk, pattern):
        """Greedy arg counts for actions over chunk (the strings before the
        next option); a sub-command (PARSER) takes everything after it."""
        counts = []
        pos = 0
        for index, action in enumerate(actions):
            low, high = self._nargs_counts(action.nargs)
            rest_min = 0
            for later in actions[index + 1:]:
                rest_min += self._nargs_counts(later.nargs)[0]
            if action.nargs in (PARSER, REMAINDER):
                if action.nargs == PARSER and (pos >= len(chunk) or chunk[pos] != "A"):
                    return None
                take = len(pattern) - pos
            else:
                take = len(chunk) - pos - rest_min
                if high is not None:
                    take = min(take, high)
            if take < low:
                return None
            counts.append(take)
            pos += take
        return counts

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            arg_strings = [s for s in arg_strings if s != "--"] if "--" in arg_strings else arg_strings
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err)) from None
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string)) from None

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(repr(c) for c in action.choices)
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # ---- output ----
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        usage = formatter.format_usage(self.usage, self._actions, groups=self._mutually_exclusive_groups)
        return usage.rstrip("\n") + "\n"

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        if file is None:
            file = sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        """Print usage and `prog: error: message` to stderr; exit with 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
