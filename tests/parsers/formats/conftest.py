"""The tools these tests drive must be installed (`make test` installs them): a missing one is
a failure that says what to install, never a silent skip."""

from __future__ import annotations

import shutil

import pytest


def need(program: str, packages: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.fail(f"{program} is not installed: apt-get install {packages} (make test-deps "
                    "does it)", pytrace=False)
    return found


@pytest.fixture(scope="session")
def soffice_exe() -> str:
    return need("soffice", "libreoffice-writer-nogui libreoffice-calc-nogui")


@pytest.fixture(scope="session")
def tesseract_exe() -> str:
    return need("tesseract", "tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz")
