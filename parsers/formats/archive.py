"""ZIP and RAR archives unpacked in memory: each member becomes a part of its own, named by its
base name, under the same limits as any attachment.

Why so careful: an archive is where a zip bomb, a name climbing out of a folder (`../../x`,
`/etc/x`, `C:\\x`) or thousands of members hide.  No member is ever written to disk: members
are read into memory up to the limits (the sizes a header claims are not trusted: reading stops
at the limit whatever it says), and a member with a hostile name is skipped with an error.

Names: a ZIP entry's name is UTF-8 when its flag bit 11 says so, else CP866 (what Windows'
Russian and Kazakh "Send to compressed folder" and old archivers write), never CP437.
RAR: rarfile, with bsdtar (libarchive) doing the decompression; without a working tool only
stored (uncompressed) members are readable, and the rest are refused as `unsupported_format`
saying why.  For a compressed member rarfile hands bsdtar a private temporary copy of the
archive (mkstemp, removed after) and reads the member from bsdtar's standard output.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import IO, Any

from parsers.records import ParseError
from parsers.registry import Member, ParseLimits, Unpacked, unpacker

_DRIVE = re.compile(r"^[A-Za-z]:")
CHUNK = 1 << 20


def unsafe(name: str) -> str | None:
    """Why a member's path may not be used (None when it may)."""
    path = name.replace("\\", "/")
    if "\x00" in path:
        return "holds a NUL character"
    if path.startswith("/") or _DRIVE.match(path):
        return "is an absolute path"
    if any(p == ".." for p in path.split("/")):
        return "climbs out of the archive's folder (..)"
    return None


def base_name(name: str) -> str:
    return name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def _read_bounded(fh: IO[bytes], limit: int) -> bytes | None:
    """Up to `limit` bytes; None when the member holds more (whatever its header claims)."""
    out = bytearray()
    while True:
        chunk = fh.read(min(CHUNK, limit + 1 - len(out)))
        if not chunk:
            return bytes(out)
        out += chunk
        if len(out) > limit:
            return None


class Gate:
    """The limits every member passes, the archive's budget shrinking as members are read."""

    def __init__(self, archive: str, limits: ParseLimits, members: int, budget: int) -> None:
        self.archive, self.limits = archive, limits
        self.members_left, self.bytes_left = members, budget
        self.out = Unpacked()

    def refuse(self, name: str, code: str, message: str) -> None:
        self.out.errors.append(ParseError(part=name, code=code, message=message))

    def admit(self, name: str, size: int, packed: int, is_dir: bool) -> str | None:
        """The part name to read the member as, or None (refused, the error recorded)."""
        if is_dir:
            return None
        why = unsafe(name)
        part = base_name(name) or "member"
        if why:
            self.refuse(part, "unsafe_name", f"{name[:200]!r} in {self.archive} {why}; skipped")
            return None
        if self.members_left <= 0:
            self.refuse(self.archive, "too_many_members", "the archive holds more files than "
                        "the limit; the rest were skipped")
            self.members_left = -1 << 30  # say it once
            return None
        self.members_left -= 1
        if size > min(self.limits.attachment_bytes, self.bytes_left):
            self.refuse(part, "too_large", f"unpacks to {size:,} bytes, over the limit")
            return None
        if packed and size > 1_000_000 and size / packed > self.limits.compression_ratio:
            self.refuse(part, "zip_bomb", f"compressed {size // packed}:1, over the limit of "
                        f"{self.limits.compression_ratio}:1")
            return None
        return part

    def none_read(self, infos: list[Any]) -> bool:
        """True (an error recorded) when the archive lists no files at all."""
        if any(not i.is_dir() for i in infos):
            return False
        self.refuse(self.archive, "empty_file", "the archive holds no files (or is not one)")
        return True

    def add(self, part: str, fh: IO[bytes]) -> None:
        data = _read_bounded(fh, min(self.limits.attachment_bytes, self.bytes_left))
        if data is None:
            self.refuse(part, "too_large", "unpacks to more than its header says, over the "
                        "limit")
            return
        self.bytes_left -= len(data)
        self.out.members.append(Member(part, data))


def _zip_name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("cp866")
    except UnicodeError:
        return info.filename


@unpacker("zip")
def unpack_zip(data: bytes, name: str, limits: ParseLimits, members: int,
               budget: int) -> Unpacked:
    gate = Gate(name, limits, members, budget)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        gate.refuse(name, "corrupt", f"not a readable ZIP archive: {exc}")
        return gate.out
    if gate.none_read(infos):
        return gate.out
    for info in infos:
        member = _zip_name(info)
        part = gate.admit(member, info.file_size, info.compress_size, info.is_dir())
        if part is None:
            continue
        if info.flag_bits & 0x1:
            gate.refuse(part, "encrypted_document", "the archive member is protected by a "
                        "password; please send it unprotected")
            continue
        try:
            with zf.open(info) as fh:
                gate.add(part, fh)
        except (zipfile.BadZipFile, OSError, NotImplementedError, EOFError, ValueError) as exc:
            gate.refuse(part, "corrupt", f"cannot be unpacked: {exc}")
    return gate.out


def _rarfile() -> Any:
    import rarfile

    rarfile.USE_EXTRACT_HACK = 0  # never a temporary copy of the archive on disk
    return rarfile


@unpacker("rar")
def unpack_rar(data: bytes, name: str, limits: ParseLimits, members: int,
               budget: int) -> Unpacked:
    gate = Gate(name, limits, members, budget)
    rarfile = _rarfile()
    try:
        rf = rarfile.RarFile(io.BytesIO(data))
        infos = rf.infolist()
    except rarfile.NeedFirstVolume:
        gate.refuse(name, "unsupported_format", "a later volume of a multi-part RAR archive; "
                    "please send the whole archive as one file")
        return gate.out
    except (rarfile.PasswordRequired, rarfile.RarWrongPassword):
        gate.refuse(name, "encrypted_document", "the RAR archive is protected by a password")
        return gate.out
    except (rarfile.Error, OSError, ValueError, EOFError) as exc:
        gate.refuse(name, "corrupt", f"not a readable RAR archive: {exc}")
        return gate.out
    if gate.none_read(infos):
        return gate.out
    for info in infos:
        part = gate.admit(info.filename, info.file_size, info.compress_size, info.is_dir())
        if part is None:
            continue
        if info.needs_password():
            gate.refuse(part, "encrypted_document", "the archive member is protected by a "
                        "password; please send it unprotected")
            continue
        try:
            with rf.open(info) as fh:
                gate.add(part, fh)
        except rarfile.RarCannotExec:
            gate.refuse(part, "unsupported_format", "the member is compressed and no RAR "
                        "decompressor (bsdtar from libarchive-tools) is installed")
        except (rarfile.Error, OSError, ValueError, EOFError) as exc:
            gate.refuse(part, "corrupt", f"cannot be unpacked: {exc}")
    return gate.out
