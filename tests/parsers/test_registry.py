"""The registry's table of which module registers which reader (parsers.registry.MODULE_OF),
by which a process imports only the reader it needs: it must name every reader's own module."""

from __future__ import annotations

from parsers import registry


def test_every_reader_and_unpacker_is_found_in_its_module() -> None:
    registry._registry._load_all()
    found = {**registry._registry.parsers, **registry._registry.unpackers}
    assert set(found) == set(registry.MODULE_OF)
    for name, fn in found.items():
        assert fn.__module__ == registry.MODULE_OF[name], name
