"""Loader robustness: random and mutated YAML given to the loader and the validator yields
documents or messages only, never another exception; and no file is accepted that its model
rejects."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from support import VALID

from partdem.content import translations
from partdem.content.load import LoadError, load_yaml
from partdem.content.models import MODELS
from partdem.content.problems import Problem
from partdem.content.validate import validate

FILES = sorted(path.relative_to(VALID).as_posix() for path in VALID.rglob("*.yaml"))
# Pieces of YAML syntax that random bytes seldom hit: structure, anchors, tags, odd scalars.
TOKENS = ["\n", "  ", "- ", ": ", "? ", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ",
          "!!python/object:os.system ", "'", '"', "#", "|", ">-", "---\n", "...\n", "%YAML 1.1\n",
          "key", "title", "2021-02-30", "2021-13-01T25:61:00Z", "0x1F", "0o17", "1_000",
          "1e999", ".nan", "~", "null", "NO", "yes", "1:20:30", "<<: ", "\t", "\\u0000",
          "\"\\ud800\"", "\ufeff", "\u202e", "\x85", "\r", "é", "عربي"]
SETTINGS = settings(max_examples=200, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A fixture file with its bytes and lines flipped, dropped, repeated or interleaved."""
    name = draw(st.sampled_from(FILES))
    data = bytearray((VALID / name).read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "token", "lines"]))
        if action == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del data[at:at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif action == "token":
            data[at:at] = draw(st.sampled_from(TOKENS)).encode("utf-8", "surrogatepass")
        else:
            lines = bytes(data).split(b"\n")
            picks = draw(st.lists(st.integers(0, len(lines) - 1), max_size=len(lines) + 3))
            data = bytearray(b"\n".join(lines[i] for i in picks))
    return name, bytes(data)


yaml_like = st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=40).map("".join)


def load(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        load_yaml(path)
    except LoadError as error:
        assert error.message and error.position.line >= 1 and error.position.col >= 1


@SETTINGS
@given(data=st.binary(max_size=400))
def test_loader_on_random_bytes(tmp_path_factory, data):
    load(tmp_path_factory.mktemp("bytes") / "x.yaml", data)


@SETTINGS
@given(text=yaml_like | st.text(max_size=200))
@example(text="title: =\n")  # resolved to YAML 1.1's value type, which has no constructor
@example(text="title: <<\n")  # the merge key type, likewise
def test_loader_on_random_text(tmp_path_factory, text):
    load(tmp_path_factory.mktemp("text") / "x.yaml", text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(case=mutated())
def test_loader_on_mutated_files(tmp_path_factory, case):
    load(tmp_path_factory.mktemp("mutated") / "x.yaml", case[1])


@pytest.fixture(scope="module")
def hub_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "hub"
    shutil.copytree(VALID, root)
    return root


def model_accepts(path: Path, kind: str) -> bool:
    """Whether the file loads and its model (or its translation model) accepts the data."""
    model = MODELS[kind]
    if path.name.count(".") == 2:  # slug.lang.yaml
        model = translations.translation_model(model)
    try:
        model.model_validate(load_yaml(path).data)
    except (LoadError, ValidationError):
        return False
    return True


@SETTINGS
@given(case=mutated())
def test_validator_on_mutated_files(hub_root, case):
    name, data = case
    path = hub_root / name
    try:
        path.write_bytes(data)
        problems = validate(hub_root)[1]
        assert all(isinstance(problem, Problem) for problem in problems)
        if not any(problem.path == path for problem in problems):
            assert model_accepts(path, name.split("/")[1]), "accepted what the model rejects"
    finally:
        shutil.copy(VALID / name, path)
