"""What every command shares: the chosen configuration, the open store, the plain-error type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gateway.config import Config


class CliError(Exception):
    """A failure the user can act on: printed as one line, exit status `exit_code`."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class _State:
    config_path: Path | None = None
    _config: Config | None = None

    def config(self) -> Config:
        if self._config is None:
            from gateway.config import ConfigError, load

            try:
                self._config = load(self.config_path)
            except ConfigError as exc:
                raise CliError(str(exc), exit_code=2) from None
        return self._config


state = _State()
