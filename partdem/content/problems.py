"""A problem found in content, and the ways it is printed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    col: int
    message: str

    def format(self, root: Path | None = None, style: str = "text") -> str:
        path = self.path
        if root is not None and self.path.is_relative_to(root):
            path = self.path.relative_to(root)
        if style == "github":
            message = self.message.replace("%", "%25").replace("\n", "%0A")
            return f"::error file={path},line={self.line},col={self.col}::{message}"
        return f"{path}:{self.line}:{self.col}: error: {self.message}"


class ContentError(Exception):
    """Raised by the build when content has problems: nothing may be built from it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in content: nothing was built\n"
                         + "\n".join(p.format() for p in problems))
