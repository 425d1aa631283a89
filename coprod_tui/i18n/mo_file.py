"""A compiled catalogue (``.mo``) read where it lies: a message is looked up when first asked for.

``gettext.GNUTranslations`` decodes every message as it loads (~2 ms for coprod's Dutch), though
``coprod card`` shows one or two. The originals in a ``.mo`` are sorted (GNU's format, which
libintl's own lookup relies on; ``catalogue.mo_bytes`` writes them so), so ``gettext`` and
``pgettext`` find a message by binary search and keep it. Plurals, the header (``info()``) and
the list of every message come from a whole ``GNUTranslations``, made the first time one of
them is wanted, which then answers everything.
"""

from __future__ import annotations

import gettext
import io
import struct

CONTEXT = "\x04"  # between a message's context and its text, as gettext keys them
_HEADER = struct.Struct("<4I")


class MoCatalogue(gettext.NullTranslations):
    def __init__(self, data: bytes) -> None:
        super().__init__()
        if len(data) < 4 + _HEADER.size:
            raise OSError(0, "File is corrupt")
        magic = int.from_bytes(data[:4], "little")
        if magic == gettext.GNUTranslations.LE_MAGIC:
            order = "<"
        elif magic == gettext.GNUTranslations.BE_MAGIC:
            order = ">"
        else:
            raise OSError(0, "Bad magic number")
        _, self._count, self._originals, self._translations = struct.unpack_from(
            order + "4I", data, 4
        )
        if max(self._originals, self._translations) + 8 * self._count > len(data):
            raise OSError(0, "File is corrupt")
        self._data = data
        self._pair = struct.Struct(order + "2I")
        self._found: dict[str, str | None] = {}
        self._whole: gettext.GNUTranslations | None = None
        # Messages are compared as UTF-8 bytes: any other charset goes through the whole.
        header = self._search(b"")
        if header is None or b"charset=utf-8" not in header[1].lower():
            self.whole()

    def whole(self) -> gettext.GNUTranslations:
        """The catalogue parsed whole, as ``GNUTranslations`` reads it."""
        if self._whole is None:
            self._whole = gettext.GNUTranslations(io.BytesIO(self._data))
        return self._whole

    def gettext(self, message: str) -> str:
        if self._whole is not None:
            return self._whole.gettext(message)
        found = self._translation(message)
        return message if found is None else found

    def pgettext(self, context: str, message: str) -> str:
        if self._whole is not None:
            return self._whole.pgettext(context, message)
        found = self._translation(f"{context}{CONTEXT}{message}")
        return message if found is None else found

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.whole().ngettext(msgid1, msgid2, n)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self.whole().npgettext(context, msgid1, msgid2, n)

    def info(self) -> dict[str, str]:
        return self.whole().info()

    def charset(self) -> str | None:
        return self.whole().charset()

    @property
    def _catalog(self) -> dict[object, str]:  # what Translator.messages() lists
        return self.whole()._catalog  # type: ignore[attr-defined]

    def _translation(self, key: str) -> str | None:
        if key not in self._found:
            self._found[key] = self._lookup(key)
        return self._found[key]

    def _lookup(self, message: str) -> str | None:
        found = self._search(message.encode("utf-8", "surrogatepass"))
        if found is None:
            return None
        original, translation = found
        if b"\0" in original:  # a message with plurals: its singular needs the plural rule
            return self.whole().gettext(message)
        return translation.decode("utf-8", "replace")

    def _search(self, wanted: bytes) -> tuple[bytes, bytes] | None:
        """(original, translation) of the message whose text (before any plural) is ``wanted``."""
        data, pair = self._data, self._pair
        low, high = 0, self._count
        while low < high:
            middle = (low + high) // 2
            length, start = pair.unpack_from(data, self._originals + 8 * middle)
            original = data[start : start + length]
            text = original.split(b"\0", 1)[0]
            if text < wanted:
                low = middle + 1
            elif text > wanted:
                high = middle
            else:
                length, start = pair.unpack_from(data, self._translations + 8 * middle)
                return original, data[start : start + length]
        return None
