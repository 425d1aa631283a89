"""Which address the page listens on, found without sending a single packet.

The default is the host's address on the local network (a private IPv4 address of one of its
interfaces), else 127.0.0.1, so the page is never reachable from further than the screen says.
Linux names every interface's address; macOS and Windows name the one their routing table would
send from (a UDP socket's ``connect`` picks the route and sends nothing).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import sys

LOOPBACK = "127.0.0.1"
_SIOCGIFADDR = 0x8915  # Linux: an interface's IPv4 address
_ANY_REMOTE = ("192.0.2.1", 9)  # TEST-NET-1 (RFC 5737): reached through the default route


def interface_addresses() -> list[str]:
    """The IPv4 addresses of this host's interfaces (elsewhere than Linux: the routed one)."""
    if sys.platform.startswith("linux"):
        return _each_interface()
    return routed_address()


def routed_address() -> list[str]:
    """The address this host would send from to the wider network; none when it has no route."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(_ANY_REMOTE)
            return [probe.getsockname()[0]]
        except OSError:
            return []


def _each_interface() -> list[str]:
    try:
        import fcntl

        names = [name for _, name in socket.if_nameindex()]
    except (ImportError, OSError, AttributeError):
        return []
    found: list[str] = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for name in names:
            request = struct.pack("256s", name.encode()[:15])
            with contextlib.suppress(OSError):
                reply = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, request)
                found.append(socket.inet_ntoa(reply[20:24]))
    return found


def lan_addresses(addresses: list[str]) -> list[str]:
    """The private, non-loopback, non-link-local addresses among ``addresses``, in order."""
    chosen: list[str] = []
    for text in addresses:
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            continue
        if address.is_loopback or address.is_link_local or not address.is_private:
            continue
        if text not in chosen:
            chosen.append(text)
    return chosen


def host_choices(addresses: list[str] | None = None) -> list[str]:
    """Addresses the page may listen on, best first: the local network, then this machine only."""
    found = interface_addresses() if addresses is None else addresses
    return [*lan_addresses(found), LOOPBACK]


def default_host() -> str:
    return host_choices()[0]


def page_url(host: str, port: int, code: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/j/{code}"
