""".dockerignore matching: moby's patternmatcher and the Docker CLI's walk, rule for rule.

The scenario table was recorded from the Docker CLI 28 (legacy builder,
`DOCKER_BUILDKIT=0 docker build`) sending this very tree to a capturing
server: each row is a `.dockerignore` and what the CLI left out of the
context (or MALFORMED where the CLI refused the file). The same comparison
runs live against the CLI and the real engine in
tests/integration/test_build_api.py when a recent CLI is installed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dockerapi.errors import InvalidArgument
from dockerapi.utils._context import local_context, read_ignore_file
from dockerapi.utils._patterns import (
    BadPattern,
    PatternMatcher,
    clean_path,
    read_ignore_lines,
    translate,
)
from dockerapi.utils.fnmatch import fnmatch, fnmatchcase

TREE = (
    "Dockerfile",
    "a.go",
    "b.txt",
    ".hidden",
    "docs/README.md",
    "docs/x.md",
    "docs/sub/y.md",
    "docs/sub/deep/z.md",
    "src/main.go",
    "src/lib/util.go",
    "src/lib/util_test.go",
    "src/lib/data.json",
    "node_modules/p/index.js",
    "build/out.bin",
    "build/keep/me.txt",
    "a b/c d.txt",
    "weird[1].txt",
    "x/y/z/w.txt",
    "x/keep",
    "caps/ABC.TXT",
    "dir.go/inner",
)


def _all_paths() -> set[str]:
    paths: set[str] = set()
    for name in TREE:
        parts = name.split("/")
        paths.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    return paths


#: Every path of the tree but the two the CLI always sends.
EVERYTHING = frozenset(_all_paths() - {"Dockerfile"})
MALFORMED = None


def under(top: str) -> set[str]:
    """`top` and every path below it."""
    return {path for path in _all_paths() if path == top or path.startswith(top + "/")}


CLI_SCENARIOS = [
    ("a\\Q*", set()),
    ("a\\Qb\\E.go", set()),
    ("[\\Q]", MALFORMED),
    ("\\E", MALFORMED),
    ("[", MALFORMED),
    ("a\\", MALFORMED),
    ("[z-a]", MALFORMED),
    ("!", MALFORMED),
    ("[[:foo:]]x", MALFORMED),
    ("\\d.go", set()),
    ("a[", MALFORMED),
    ("[]]", MALFORMED),
    ("[\\]]x", set()),
    ("**/[[:^alpha:]]*", {".hidden"}),
    ("\\x41.go", set()),
    ("a\\Qb", set()),
    ("[a-]", MALFORMED),
    ("b.tx\\w", {"b.txt"}),
    ("docs\n!", MALFORMED),
    ("docs", under("docs")),
    ("docs/", under("docs")),
    ("/docs", under("docs")),
    ("./docs", under("docs")),
    ("docs/*", under("docs") - {"docs"}),
    ("docs/**", under("docs") - {"docs"}),
    ("**/*.md", {"docs/README.md", "docs/sub/deep/z.md", "docs/sub/y.md", "docs/x.md"}),
    ("*.go", {"a.go", "dir.go", "dir.go/inner"}),
    (
        "**/*.go",
        {
            "a.go",
            "dir.go",
            "dir.go/inner",
            "src/lib/util.go",
            "src/lib/util_test.go",
            "src/main.go",
        },
    ),
    ("*/*.go", {"src/main.go"}),
    ("src/**/*.go", {"src/lib/util.go", "src/lib/util_test.go", "src/main.go"}),
    ("**", EVERYTHING),
    ("*", EVERYTHING),
    ("*\n!src", EVERYTHING - under("src")),
    ("*\n!src/lib", EVERYTHING - under("src/lib")),
    ("**\n!**/*.md", EVERYTHING),
    ("*\n!**/*.md", EVERYTHING),
    ("docs\n!docs/README.md", under("docs") - {"docs/README.md"}),
    ("docs/\n!docs/README.md", under("docs") - {"docs/README.md"}),
    ("docs/*\n!docs/README.md", under("docs") - {"docs", "docs/README.md"}),
    ("!docs/README.md\ndocs", under("docs")),
    ("docs\n!docs/sub\ndocs/sub/deep", under("docs") - {"docs/sub", "docs/sub/y.md"}),
    ("build\n!build/keep", {"build", "build/out.bin"}),
    ("build\n!build/keep/me.txt", under("build") - {"build/keep/me.txt"}),
    ("build/*\n!build/keep/*", {"build/keep", "build/out.bin"}),
    ("src\n!src/lib/*.go\nsrc/lib/*_test.go", under("src") - {"src/lib/util.go"}),
    ("**/lib", under("src") - {"src", "src/main.go"}),
    ("lib", set()),
    ("?.go", {"a.go"}),
    ("[ab].go", {"a.go"}),
    ("[^a].go", set()),
    ("[a-b]*", under("build") | {"a b", "a b/c d.txt", "a.go", "b.txt"}),
    ("a\\ b", {"a b", "a b/c d.txt"}),
    ("a b", {"a b", "a b/c d.txt"}),
    ("weird\\[1\\].txt", {"weird[1].txt"}),
    ("weird[[]1].txt", {"weird[1].txt"}),
    ("x/y", under("x") - {"x", "x/keep"}),
    ("x/*/z", {"x/y/z", "x/y/z/w.txt"}),
    ("x/**/w.txt", {"x/y/z/w.txt"}),
    ("**/z", {"x/y/z", "x/y/z/w.txt"}),
    ("caps/*.txt", set()),
    ("dir.go", {"dir.go", "dir.go/inner"}),
    ("*.go\n!dir.go", {"a.go"}),
    ("# comment\ndocs", under("docs")),
    ("  # spaced\n", set()),
    ("\ufeffdocs", under("docs")),
    ("docs\r\nsrc\r\n", under("docs") | under("src")),
    ("   docs   ", under("docs")),
    ("! docs", set()),
    ("docs\n! docs/README.md", under("docs") - {"docs/README.md"}),
    ("../docs", set()),
    ("docs/../src", under("src")),
    ("Dockerfile", set()),
    (".dockerignore", set()),
    ("*\n!Dockerfile", EVERYTHING),
    (".*", {".hidden"}),
    ("**/.*", {".hidden"}),
    ("src/lib\n!src/lib/util.go\n!src", {"src/lib", "src/lib/data.json", "src/lib/util_test.go"}),
    ("[[:alpha:]].go", {"a.go"}),
    ("*[*]*", {"weird[1].txt"}),
]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("context")
    for name in TREE:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("FROM busybox\n" if name == "Dockerfile" else name)
    return root


def _sent(root: Path, ignore: str) -> set[str]:
    (root / ".dockerignore").write_bytes(ignore.encode("utf-8"))
    patterns, _ = read_ignore_file(str(root))
    return set(local_context(root, patterns, dockerfile="Dockerfile").paths())


@pytest.mark.parametrize(("ignore", "excluded"), CLI_SCENARIOS, ids=repr)
def test_context_selection_is_the_docker_clis(
    tree: Path, ignore: str, excluded: frozenset[str] | set[str] | None
) -> None:
    if excluded is MALFORMED:
        with pytest.raises(BadPattern):
            _sent(tree, ignore)
        return
    sent = _sent(tree, ignore)
    assert {"Dockerfile", ".dockerignore"} <= sent  # always sent, whatever the patterns say
    assert _all_paths() - sent == set(excluded)


# -- single patterns (moby's Pattern.match through the matcher) ---------------------------

MATCHES = [
    # pattern, path, excluded?
    ("**", "file", True),
    ("**", "dir/file", True),
    ("**/", "file", True),
    ("**/**", "dir/file", True),
    ("dir/**", "dir/file", True),
    ("dir/**", "dir/dir2/file", True),
    ("dir/**", "dir", False),
    ("**/dir", "dir", True),
    ("**/dir", "a/b/dir/file", True),
    ("**/dir2/*", "dir/dir2/file", True),
    ("**/dir2/**", "dir/dir2/dir3/file", True),
    ("**file", "file", True),
    ("**file", "dir/dir/file", True),
    ("**/file*", "dir/dir/file.txt", True),
    ("**/**/*.txt", "file.txt", True),
    ("**/**/*.txt2", "dir/file.txt", False),
    ("a**/*.txt", "a/dir/dir/file.txt", True),
    ("a/*.txt", "a/dir/file.txt", False),
    ("a/*.txt**", "a/file.txt", True),
    ("*", "abc", True),
    ("*", "ab/c", True),  # through the parent "ab"
    ("*c", "abc", True),
    ("a*/b", "abc/b", True),
    ("a*/b", "a/c/b", False),
    ("a*b*c*d*e*/f", "axbxcxdxexxx/f", True),
    ("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", False),
    ("a*b?c*x", "abxbbxdbxebxczzx", True),
    ("a*b?c*x", "abxbbxdbxebxczzy", False),
    ("a?b", "a/b", False),
    ("a*b", "a/b", False),
    ("a?b", "a\u263ab", True),
    ("a???b", "a\u263ab", False),
    ("ab[c]", "abc", True),
    ("ab[b-d]", "abc", True),
    ("ab[e-g]", "abc", False),
    ("ab[^c]", "abc", False),
    ("ab[^e-g]", "abc", True),
    ("a[^a]b", "a\u263ab", True),
    ("[a-\u03b6]*", "\u03b1", True),
    ("*[a-\u03b6]", "A", False),
    ("[\\]a]", "]", True),
    ("[\\-]", "-", True),
    ("[x\\-]", "-", True),
    ("[x\\-]", "z", False),
    ("a\\*b", "a*b", True),
    ("a\\*b", "ab", False),
    ("a\\\\", "a\\", True),
    (".*", ".foo", True),
    (".*", "foo", False),
    ("abc.def", "abcZdef", False),
    ("a(b)c/def", "a(b)c/def", True),
    ("a.|)$(}+{bc", "a.|)$(}+{bc", True),
    ("dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", True),
    ("[[:digit:]]x", "7x", True),
    ("[[:^digit:]]x", "7x", False),
    ("[[:upper:][:digit:]]", "Q", True),
    ("\\d", "5", True),  # RE2's \d survives moby's translation
    ("\\s", " ", True),
    ("\\x41", "A", True),
    ("\\101", "A", True),  # octal
    ("[*]", "[]", True),  # moby's "[^/]*" swallowed by the class: RE2 reads [[^/] then *]
    ("a\\Q*", "a[^/]*$", True),  # \Q quotes moby's own expression, up to the end
    ("a*", "a\nb", True),  # "[^/]" takes newlines
    ("**/x", "a\nb/x", True),  # a suffix test
    ("**/*.go", "a\nb/c.go", False),  # RE2's "." stops at a newline
]


@pytest.mark.parametrize(("pattern", "path", "excluded"), MATCHES, ids=repr)
def test_pattern_matches_as_moby(pattern: str, path: str, excluded: bool) -> None:
    assert PatternMatcher([pattern]).matches(path) is excluded


ORDERED = [
    (["**", "!util/docker/web"], "util/docker/web/foo", False),
    (["**", "!util/docker/web", "util/docker/web/foo"], "util/docker/web/foo", True),
    (["docs", "!docs/README.md"], "docs/README.md", False),
    (["!docs/README.md", "docs"], "docs/README.md", True),
    (["*.go", "!fileutils.go"], "fileutils.go", False),
    (["!fileutils.go", "*.go"], "fileutils.go", True),
    (["docs/*", "!docs/README.md"], "docs/README.md", False),
    (["*.go"], ".", False),  # the context itself is never excluded
    ([], "any/path", False),
]


@pytest.mark.parametrize(("patterns", "path", "excluded"), ORDERED, ids=repr)
def test_last_matching_pattern_decides(patterns: list[str], path: str, excluded: bool) -> None:
    assert PatternMatcher(patterns).matches(path) is excluded


@pytest.mark.parametrize(
    "pattern",
    [
        "[",
        "[^",
        "[^bc",
        "a[",
        "[]a]",
        "[-]",
        "[x-]",
        "[-x]",
        "[a-b-c]",
        "\\",
        "a\\",
        "!",
        "[z-a]",
        "[Local-Only]/",
        "[[:nope:]]",
        "\\y",
        "\\1",
        "[\\Q]",
        "\\E",
        "\\x{110000}",
    ],
)
def test_malformed_patterns_are_refused_up_front(pattern: str) -> None:
    with pytest.raises(BadPattern) as caught:
        PatternMatcher(["ok", pattern])
    assert isinstance(caught.value, InvalidArgument)
    assert "malformed .dockerignore pattern" in str(caught.value)


def test_unicode_classes_are_refused_as_unsupported() -> None:
    with pytest.raises(BadPattern, match=r"\\p is not supported"):
        PatternMatcher(["\\pL"])


def test_dockerfile_and_ignore_file_are_sent_even_when_only_a_deep_parent_is_excluded(
    tmp_path: Path,
) -> None:
    # The CLI decides this with moby's older single-parent rule, which misses
    # "**/c" for a/b/c/Dockerfile and then fails at the daemon; here it is sent.
    (tmp_path / "a/b/c").mkdir(parents=True)
    (tmp_path / "a/b/c/Dockerfile").write_text("FROM busybox\n")
    (tmp_path / "a/b/c/other").write_text("x")
    sent = set(
        local_context(tmp_path, ["**/c", ".dockerignore"], dockerfile="a/b/c/Dockerfile").paths()
    )
    assert sent == {"a", "a/b", "a/b/c/Dockerfile"}


def test_matching_with_parent_results_agrees_with_full_matching() -> None:
    matcher = PatternMatcher(["docs", "!docs/keep", "**/*.tmp", "!**/important.tmp"])
    for path in ["docs/a", "docs/keep/x", "src/a.tmp", "src/important.tmp", "other"]:
        parts = path.split("/")
        info = None
        for depth in range(1, len(parts)):
            _, info = matcher.matches_using_parent_results("/".join(parts[:depth]), info)
        assert matcher.matches_using_parent_results(path, info)[0] is matcher.matches(path)


# -- reading the file ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "patterns"),
    [
        (b"# comment\nfoo\n", ["foo"]),
        (b"  # not a comment\n", ["# not a comment"]),
        (b"\xef\xbb\xbf# bom, then a comment\nx", ["x"]),
        (b"\xef\xbb\xbfx\n\xef\xbb\xbfy", ["x", "\ufeffy"]),  # only the first line's BOM
        (b"a\r\nb\r\n", ["a", "b"]),
        (b"\n\n  \t\n", []),
        (b"/abs\n/\n//x\n", ["abs", "/", "x"]),
        (b"./a//b/\n", ["a/b"]),
        (b"a/../../b\n", ["../b"]),
        (b"/../etc\n", ["etc"]),
        (b"!  ./keep/ \n", ["!keep"]),
        (b"!\n", ["!"]),
        (b"\x1cname\x1c\n", ["\x1cname\x1c"]),  # Go trims Unicode space only, not 0x1c
        (b"last line without newline", ["last line without newline"]),
        (b"caf\xc3\xa9\n\xff\n", ["caf\u00e9", "\udcff"]),
    ],
)
def test_ignore_file_reading(content: bytes, patterns: list[str]) -> None:
    assert read_ignore_lines(content) == patterns


def test_overlong_ignore_line_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="line 2 is longer than 64 KiB"):
        read_ignore_lines(b"ok\n" + b"x" * 70000)


@pytest.mark.parametrize(
    ("path", "cleaned"),
    [
        ("", "."),
        (".", "."),
        ("a/b/", "a/b"),
        ("a//b", "a/b"),
        ("./a/./b", "a/b"),
        ("a/../b", "b"),
        ("a/../..", ".."),
        ("../../a", "../../a"),
        ("/..", "/"),
        ("//a", "/a"),
        ("/a/../../b", "/b"),
    ],
)
def test_clean_path_is_gos_filepath_clean(path: str, cleaned: str) -> None:
    assert clean_path(path) == cleaned


# -- docker-py's utils.fnmatch names ---------------------------------------------------------


def test_fnmatch_uses_dockers_syntax() -> None:
    assert fnmatch("A/B/C.GO", "**/*.go")  # case-insensitive, as docker-py's
    assert not fnmatchcase("A/B/C.GO", "**/*.go")
    assert fnmatchcase("dir/x.go", "dir/*.go")
    assert not fnmatchcase("dir/sub/x.go", "dir/*.go")  # no parent-directory rule here
    assert translate("*.go") == "\\A[^/]*\\.go\\Z"
    with pytest.raises(InvalidArgument):
        fnmatch("x", "[")


def test_walk_skips_an_excluded_directory_unless_an_exception_names_inside_it(
    tmp_path: Path,
) -> None:
    for name in ("keep/a/file", "keep/b", "drop/a/file"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    os.chmod(tmp_path / "drop", 0o755)
    paths = set(local_context(tmp_path, ["*", "!keep/a"]).paths())
    assert paths == {"keep/a", "keep/a/file"}  # "keep" itself stays out
