""".dockerignore patterns, matched the way the Docker CLI matches them.

The Docker CLI reads `.dockerignore` with moby's `ignorefile` rules and matches
paths with moby's `patternmatcher`; this module reproduces both, rule for rule:

* reading (`read_ignore_lines`): a UTF-8 byte order mark is dropped from the
  first line; a line starting with `#` is a comment (only in the very first
  column: `  # x` is a pattern); blank lines are skipped; surrounding white
  space is trimmed (after the `!` too); the pattern is cleaned like Go's
  `filepath.Clean` (`./a//b/` -> `a/b`, `a/../b` -> `b`) and a leading `/`
  is dropped.
* patterns: `*` is any run of characters but `/`, `?` one character but `/`,
  `[...]` a character class (`^` negates, `\\` escapes), `**` any number of
  directories (also none), `\\` escapes the next character. A pattern matches
  a path or any of its parent directories (`docs` excludes `docs/a/b`).
* order: patterns are read in order and the last one that matches decides; a
  `!` pattern re-includes what earlier patterns excluded.
* syntax: a pattern Go's `filepath.Match` calls malformed (`[`, `[]`, `a\\`,
  `[a-]`) is refused, and so is one whose regular expression Go cannot
  compile (`[z-a]`); dockerapi refuses both before anything is sent, where
  the CLI finds the second kind on the first path it tests.

Matching translates each pattern into the regular expression moby builds
(Go's RE2 syntax) and that expression into Python's, keeping RE2's meaning
(for example `[[:alpha:]]` and the odd results when a class swallows the
expression of a `*`). Backslash escapes RE2 gives a meaning to (`\\d`, `\\s`,
`\\w`, `\\b`, `\\z`, octal and hex codes) keep it; `\\p{...}` Unicode classes
and `\\Q...\\E` are refused as unsupported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from ..errors import InvalidArgument

__all__ = [
    "BadPattern",
    "MatchInfo",
    "Pattern",
    "PatternMatcher",
    "clean_path",
    "read_ignore_lines",
    "translate",
]

#: Go's `unicode.IsSpace` (what `strings.TrimSpace` removes); Python's `str.strip()`
#: would also remove the ASCII separators 0x1c-0x1f.
_GO_SPACE: Final = "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
#: Characters moby escapes when it builds the expression (RE2 operators that mean
#: nothing in a file pattern).
_ESCAPED: Final = frozenset(".+()|{}$")
#: The longest line Go's bufio.Scanner reads (the CLI fails on longer ones).
_MAX_LINE: Final = 64 * 1024 - 1
_BOM: Final = b"\xef\xbb\xbf"


class BadPattern(InvalidArgument):
    """A `.dockerignore` pattern the Docker CLI refuses as malformed."""

    def __init__(self, pattern: str, reason: str) -> None:
        super().__init__(f"malformed .dockerignore pattern {pattern!r}: {reason}")
        self.pattern = pattern
        self.reason = reason


def _trim(text: str) -> str:
    return text.strip(_GO_SPACE)


def clean_path(path: str) -> str:
    """Go's `filepath.Clean` for slash-separated paths: the shortest equivalent.

    Collapses repeated slashes, drops `.` elements, resolves `..` against the
    element before it (at the root it disappears), removes a trailing slash; ""
    becomes ".". Unlike `posixpath.normpath`, a leading `//` becomes `/`.
    """
    if not path:
        return "."
    rooted = path.startswith("/")
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
            elif not rooted:
                parts.append("..")
            continue
        parts.append(part)
    cleaned = "/".join(parts)
    if rooted:
        return "/" + cleaned
    return cleaned or "."


def read_ignore_lines(content: bytes | str) -> list[str]:
    """The patterns of a `.dockerignore` file, normalised as the Docker CLI reads them.

    Raises:
        InvalidArgument: a line is longer than the CLI reads (64 KiB).
    """
    data = content.encode("utf-8", "surrogateescape") if isinstance(content, str) else content
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    raw_lines = data.split(b"\n")
    if raw_lines and not raw_lines[-1]:
        del raw_lines[-1]  # the newline ending the last line starts no line of its own
    lines: list[str] = []
    for number, raw in enumerate(raw_lines, 1):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if len(raw) > _MAX_LINE:
            raise InvalidArgument(f".dockerignore line {number} is longer than 64 KiB")
        lines.append(raw.decode("utf-8", "surrogateescape"))
    return patterns_from(lines)


def _normalise_line(line: str) -> str | None:
    """One ignore-file line as the CLI passes it on (None: nothing to pass)."""
    pattern = _trim(line)
    if not pattern:
        return None
    invert = pattern.startswith("!")
    if invert:
        pattern = _trim(pattern[1:])
    if pattern:
        pattern = clean_path(pattern)
        if len(pattern) > 1 and pattern.startswith("/"):
            pattern = pattern[1:]
    return "!" + pattern if invert else pattern


# -- Go's filepath.Match syntax check ---------------------------------------------------


def _scan_chunk(pattern: str) -> tuple[str, str]:
    """Go's scanChunk without the star flag: (the next chunk, the rest)."""
    pattern = pattern.lstrip("*")
    in_range = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if index + 1 < len(pattern):
                index += 1
        elif char == "[":
            in_range = True
        elif char == "]":
            in_range = False
        elif char == "*" and not in_range:
            break
        index += 1
    return pattern[:index], pattern[index:]


def _class_char(chunk: str, index: int) -> int:
    """Go's getEsc: the index after one (possibly escaped) class character."""
    if index >= len(chunk) or chunk[index] in "-]":
        raise ValueError("bad character class")
    if chunk[index] == "\\":
        index += 1
        if index >= len(chunk):
            raise ValueError("escape at the end of the pattern")
    index += 1
    if index >= len(chunk):
        raise ValueError("unterminated character class")
    return index


def _check_chunk(chunk: str) -> None:
    index = 0
    while index < len(chunk):
        char = chunk[index]
        if char == "[":
            index += 1
            if index < len(chunk) and chunk[index] == "^":
                index += 1
            ranges = 0
            while True:
                if index < len(chunk) and chunk[index] == "]" and ranges:
                    index += 1
                    break
                index = _class_char(chunk, index)
                if chunk[index] == "-":
                    index = _class_char(chunk, index + 1)
                ranges += 1
        elif char == "\\":
            if index + 1 >= len(chunk):
                raise ValueError("escape at the end of the pattern")
            index += 2
        else:
            index += 1


def _check_glob_syntax(pattern: str) -> None:
    """Raise ValueError where Go's `filepath.Match` reports ErrBadPattern."""
    rest = pattern
    while rest:
        chunk, rest = _scan_chunk(rest)
        _check_chunk(chunk)


# -- moby's pattern -> RE2 expression -> Python expression -----------------------------


def _moby_expression(pattern: str) -> tuple[str, str]:
    """The match kind moby picks for a cleaned pattern and, for "regexp", its RE2 text.

    Kinds: "exact" (the path equals the pattern), "prefix" (`dir/**`), "suffix"
    (`**/name`) or "regexp".
    """
    expression = "^"
    kind = "exact"
    index = 0
    position = 0  # runes consumed as moby's scanner counts iterations
    length = len(pattern)
    while index < length:
        char = pattern[index]
        index += 1
        if char == "*":
            if index < length and pattern[index] == "*":
                index += 1
                if index < length and pattern[index] == "/":
                    index += 1
                if index >= length:  # "**" at the end: everything below
                    if kind == "exact":
                        kind = "prefix"
                    else:
                        expression += ".*"
                        kind = "regexp"
                else:
                    expression += "(.*/)?"
                    kind = "regexp"
                if position == 0:
                    kind = "suffix"
            else:
                expression += "[^/]*"
                kind = "regexp"
        elif char == "?":
            expression += "[^/]"
            kind = "regexp"
        elif char in _ESCAPED:
            expression += "\\" + char
        elif char == "\\":
            if index < length:
                expression += "\\" + pattern[index]
                index += 1
                kind = "regexp"
            else:
                expression += "\\"
        elif char in "[]":
            expression += char
            kind = "regexp"
        else:
            expression += char
        position += 1
    return kind, expression + "$"


_POSIX_CLASSES: Final[dict[str, tuple[tuple[int, int], ...]]] = {
    "alnum": ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)),
    "alpha": ((0x41, 0x5A), (0x61, 0x7A)),
    "ascii": ((0x00, 0x7F),),
    "blank": ((0x09, 0x09), (0x20, 0x20)),
    "cntrl": ((0x00, 0x1F), (0x7F, 0x7F)),
    "digit": ((0x30, 0x39),),
    "graph": ((0x21, 0x7E),),
    "lower": ((0x61, 0x7A),),
    "print": ((0x20, 0x7E),),
    "punct": ((0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)),
    "space": ((0x09, 0x0D), (0x20, 0x20)),
    "upper": ((0x41, 0x5A),),
    "word": ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)),
    "xdigit": ((0x30, 0x39), (0x41, 0x46), (0x61, 0x66)),
}
#: RE2's Perl classes (ASCII only, unlike Python's).
_PERL_CLASSES: Final[dict[str, tuple[tuple[int, int], ...]]] = {
    "d": _POSIX_CLASSES["digit"],
    "s": ((0x09, 0x0A), (0x0C, 0x0D), (0x20, 0x20)),
    "w": _POSIX_CLASSES["word"],
}
_SIMPLE_ESCAPES: Final = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}
_MAX_RUNE: Final = 0x10FFFF


class _Unsupported(Exception):
    pass


def _complement(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    next_low = 0
    for low, high in sorted(ranges):
        if low > next_low:
            result.append((next_low, low - 1))
        next_low = max(next_low, high + 1)
    if next_low <= _MAX_RUNE:
        result.append((next_low, _MAX_RUNE))
    return result


def _class_text(ranges: Iterable[tuple[int, int]]) -> str:
    """Python character-class content for code point ranges (every char escaped, so
    nothing inside reads as a nested set or a set operation)."""
    parts = []
    for low, high in ranges:
        if low == high:
            parts.append(_escape_class_char(low))
        else:
            parts.append(f"{_escape_class_char(low)}-{_escape_class_char(high)}")
    return "".join(parts)


def _escape_class_char(code: int) -> str:
    # re.escape covers "[", "]", "^", "-", "\\" and the doubled set operators.
    return re.escape(chr(code))


class _GoRegexTranslator:
    """Reads the restricted RE2 text moby builds and writes the Python equivalent.

    Raw operators in that text come only from moby's own pieces (`[^/]*`,
    `[^/]`, `(.*/)?`, `.*`, the anchors); everything from the user is either a
    literal, an escape or a bracket, and brackets are parsed as RE2 parses them.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = 0

    def translate(self) -> str:
        out: list[str] = []
        text = self.text
        while self.index < len(text):
            char = text[self.index]
            if char == "[":
                self.index += 1
                out.append(self._char_class())
            elif char == "\\":
                self.index += 1
                out.append(self._escape_outside())
            elif char == "^":
                self.index += 1
                out.append(r"\A")
            elif char == "$":
                self.index += 1
                out.append(r"\Z")
            elif char in "()?*.":
                self.index += 1
                out.append(char)
            else:
                self.index += 1
                out.append(re.escape(char))
        return "".join(out)

    # -- escapes -----------------------------------------------------------------

    def _escape_outside(self) -> str:
        text = self.text
        if self.index >= len(text):
            raise ValueError("trailing backslash")
        char = text[self.index]
        perl = self._perl_class(char)
        if perl is not None:
            self.index += 1
            return f"[{_class_text(perl)}]"
        if char in "AzbB":
            self.index += 1
            return {"A": r"\A", "z": r"\Z", "b": r"\b", "B": r"\B"}[char]
        if char == "Q":  # literal text up to \E, or to the very end (the "$" too)
            end = text.find("\\E", self.index + 1)
            stop = len(text) if end < 0 else end
            literal = text[self.index + 1 : stop]
            self.index = len(text) if end < 0 else end + 2
            return re.escape(literal)
        return re.escape(chr(self._escaped_code()))

    def _perl_class(self, char: str) -> list[tuple[int, int]] | None:
        base = _PERL_CLASSES.get(char.lower())
        if base is None:
            return None
        return list(base) if char.islower() else _complement(base)

    def _escaped_code(self) -> int:
        """The code point of the escape starting at `index` (after the backslash)."""
        text = self.text
        char = text[self.index]
        self.index += 1
        if not char.isascii():
            raise ValueError(f"invalid escape \\{char}")
        if not char.isalnum():
            return ord(char)  # an escaped ASCII punctuation character is itself
        if char in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[char]
        if char in "01234567":
            return self._octal(char)
        if char == "x":
            return self._hex()
        if char in "pP":
            raise _Unsupported(f"\\{char}")
        raise ValueError(f"invalid escape \\{char}")

    def _octal(self, first: str) -> int:
        text = self.text
        digits = first
        if first != "0" and (self.index >= len(text) or text[self.index] not in "01234567"):
            raise ValueError(f"invalid escape \\{first} (back references do not exist)")
        while len(digits) < 3 and self.index < len(text) and text[self.index] in "01234567":
            digits += text[self.index]
            self.index += 1
        return int(digits, 8)

    def _hex(self) -> int:
        text = self.text
        if self.index < len(text) and text[self.index] == "{":
            end = text.find("}", self.index)
            digits = text[self.index + 1 : end] if end > 0 else ""
            if not digits or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise ValueError("invalid \\x{...} escape")
            self.index = end + 1
            code = int(digits, 16)
            if code > _MAX_RUNE:
                raise ValueError("invalid \\x{...} escape")
            return code
        digits = text[self.index : self.index + 2]
        if len(digits) != 2 or not all(c in "0123456789abcdefABCDEF" for c in digits):
            raise ValueError("invalid \\x escape")
        self.index += 2
        return int(digits, 16)

    # -- classes -----------------------------------------------------------------

    def _char_class(self) -> str:
        """A bracket expression (after its `[`), RE2's rules, as a Python class."""
        text = self.text
        negated = False
        if self.index < len(text) and text[self.index] == "^":
            negated = True
            self.index += 1
        ranges: list[tuple[int, int]] = []
        first = True
        while self.index >= len(text) or text[self.index] != "]" or first:
            if self.index >= len(text):
                raise ValueError("missing closing ]")
            first = False
            if text.startswith("[:", self.index):
                named = self._named_class()
                if named is not None:
                    ranges.extend(named)
                    continue
            if text[self.index] == "\\" and self.index + 1 < len(text):
                perl = self._perl_class(text[self.index + 1])
                if perl is not None:
                    self.index += 2
                    ranges.extend(perl)
                    continue
            low = self._class_char()
            high = low
            if (
                self.index + 1 < len(text)
                and text[self.index] == "-"
                and text[self.index + 1] != "]"
            ):
                self.index += 1
                high = self._class_char()
                if high < low:
                    raise ValueError(f"invalid character class range {chr(low)}-{chr(high)}")
            ranges.append((low, high))
        self.index += 1  # the closing ]
        if not ranges:
            raise ValueError("empty character class")
        return f"[{'^' if negated else ''}{_class_text(ranges)}]"

    def _class_char(self) -> int:
        text = self.text
        if self.index >= len(text):
            raise ValueError("missing closing ]")
        char = text[self.index]
        if char == "\\":
            self.index += 1
            if self.index >= len(text):
                raise ValueError("trailing backslash")
            return self._escaped_code()
        self.index += 1
        return ord(char)

    def _named_class(self) -> list[tuple[int, int]] | None:
        text = self.text
        end = text.find(":]", self.index + 2)
        if end < 0:
            return None
        name = text[self.index + 2 : end]
        negate = name.startswith("^")
        ranges = _POSIX_CLASSES.get(name[1:] if negate else name)
        if ranges is None:
            raise ValueError(f"invalid character class [:{name}:]")
        self.index = end + 2
        return _complement(ranges) if negate else list(ranges)


def translate(pattern: str) -> str:
    """The Python regular expression Docker's matcher uses for one cleaned pattern.

    Args:
        pattern: a pattern after cleaning (no leading `!`).

    Raises:
        BadPattern: the pattern is malformed, or uses an RE2 escape Python has no
            equivalent for.
    """
    try:
        _check_glob_syntax(pattern)
    except ValueError as error:
        raise BadPattern(pattern, str(error)) from None
    kind, expression = _moby_expression(pattern)
    if kind == "exact":
        return re.escape(pattern) + r"\Z"
    if kind == "prefix":
        return re.escape(pattern[:-2])
    if kind == "suffix":
        suffix = pattern[2:]
        alternative = "|" + re.escape(suffix[1:]) + r"\Z" if suffix.startswith("/") else ""
        # HasSuffix: any characters before, newlines included
        return rf"(?:(?s:.*){re.escape(suffix)}\Z{alternative})"
    return _python_expression(pattern, expression)


def _python_expression(pattern: str, expression: str) -> str:
    try:
        return _GoRegexTranslator(expression).translate()
    except _Unsupported as unsupported:
        raise BadPattern(pattern, f"the escape {unsupported} is not supported") from None
    except ValueError as error:
        raise BadPattern(pattern, str(error)) from None


# -- patterns and the matcher -------------------------------------------------------------


class Pattern:
    """One pattern of a matcher: `cleaned_pattern`, whether it is an `exclusion`
    (written with a leading `!`), and its path elements `dirs`."""

    __slots__ = ("_match", "cleaned_pattern", "dirs", "exclusion")

    def __init__(self, pattern_str: str) -> None:
        text = clean_path(_trim(pattern_str))
        self.exclusion = text.startswith("!")
        if self.exclusion:
            if len(text) == 1:
                raise BadPattern(pattern_str, 'illegal exclusion pattern: "!"')
            text = text[1:]
        self.cleaned_pattern = text
        self.dirs = text.split("/")
        # RE2's \b is ASCII-only; everything else the translation spells out.
        self._match = re.compile(translate(text), re.ASCII).match

    @classmethod
    def normalize(cls, p: str) -> list[str]:
        """docker-py's name: the path elements of a pattern after cleaning."""
        return [part for part in clean_path(_trim(p)).split("/") if part]

    def match(self, filepath: str) -> bool:
        """Whether this pattern (ignoring `!`) matches the slash-separated `filepath`."""
        return self._match(filepath) is not None

    def __repr__(self) -> str:
        mark = "!" if self.exclusion else ""
        return f"Pattern({mark}{self.cleaned_pattern!r})"

    def __str__(self) -> str:
        return self.cleaned_pattern


@dataclass(frozen=True, slots=True)
class MatchInfo:
    """Which patterns matched a directory, for matching its entries (moby's MatchInfo)."""

    parent_matched: tuple[bool, ...] = ()


class PatternMatcher:
    """Decides which paths `.dockerignore` patterns exclude, as the Docker CLI does.

    Args:
        patterns: patterns in `.dockerignore` order (already read with
            `read_ignore_lines`, or any strings: they are trimmed and cleaned).

    Raises:
        BadPattern: a pattern is malformed (checked for every pattern up front).
    """

    __slots__ = ("exclusions", "patterns")

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns: list[Pattern] = [Pattern(p) for p in patterns if _trim(p)]
        #: Whether any pattern is an exception (`!...`).
        self.exclusions = any(p.exclusion for p in self.patterns)

    def matches(self, filepath: str) -> bool:
        """Whether `filepath` (slash-separated, relative to the context) is excluded:
        the last pattern matching it or one of its parent directories decides."""
        path = clean_path(filepath)
        if path == ".":
            return False  # the context itself is never excluded
        parents = _parent_prefixes(path)
        matched = False
        for pattern in self.patterns:
            if pattern.exclusion != matched:
                continue  # cannot change the outcome
            hit = pattern.match(path) or any(pattern.match(parent) for parent in parents)
            if hit:
                matched = not pattern.exclusion
        return matched

    def matches_using_parent_results(
        self, filepath: str, parent: MatchInfo | None = None
    ) -> tuple[bool, MatchInfo]:
        """`matches` for a walk: with the `MatchInfo` of the directory holding
        `filepath` (None for an entry of the context root, or when unknown), the
        parents are not matched again. Returns the outcome and this path's info."""
        parent_matched = parent.parent_matched if parent is not None else ()
        matched = False
        results: list[bool] = []
        parents: list[str] | None = None
        for index, pattern in enumerate(self.patterns):
            hit = bool(parent_matched) and parent_matched[index]
            if not hit:
                if pattern.exclusion != matched:
                    results.append(False)
                    continue
                hit = pattern.match(filepath)
                if not hit and not parent_matched:
                    if parents is None:
                        parents = _parent_prefixes(filepath)
                    hit = any(pattern.match(prefix) for prefix in parents)
            results.append(hit)
            if hit:
                matched = not pattern.exclusion
        return matched, MatchInfo(tuple(results))

    def may_include_below(self, directory: str) -> bool:
        """Whether an exception pattern could re-include something inside an
        excluded `directory` (moby's literal prefix test: `!dir/x` keeps `dir`
        open, `!**/x` does not)."""
        prefix = directory + "/"
        return any(
            p.exclusion and (p.cleaned_pattern + "/").startswith(prefix) for p in self.patterns
        )

    def __repr__(self) -> str:
        return f"PatternMatcher({[repr(p) for p in self.patterns]})"


def _parent_prefixes(path: str) -> list[str]:
    """`a`, `a/b` for `a/b/c`: the parent directories, outermost first."""
    parts = path.split("/")[:-1]
    return ["/".join(parts[: index + 1]) for index in range(len(parts))]


def patterns_from(lines: Sequence[str] | None) -> list[str]:
    """Exclude patterns given as a list (docker-py's `exclude=`), read as lines of a
    `.dockerignore` file: comments and blank lines dropped, each one cleaned."""
    patterns: list[str] = []
    for line in lines or ():
        if line.startswith("#"):
            continue
        pattern = _normalise_line(line)
        if pattern is not None:
            patterns.append(pattern)
    return patterns
