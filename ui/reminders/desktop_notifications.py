"""The desktop's notification service (`org.freedesktop.Notifications`, on the session bus):
how a reminder reaches a Linux desktop that has no system tray.

The call is made with jeepney, the small D-Bus library the keychain (SecretStorage) already
brings on Linux, rather than QtDBus: PySide6 cannot marshal the unsigned `replaces_id`
(`QDBusArgument << 0` writes a 16-bit `q`, a plain int an `i`), and the service refuses a
`Notify` whose signature is not `susssasa{sv}i`. One short connection per reminder, with a
timeout, so a bus that does not answer costs a second at most, a few times a day.
"""

from __future__ import annotations

import os

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"
TIMEOUT_S = 1.0


def notify(app_name: str, title: str, text: str) -> bool:
    """Show a notification; False when there is no session bus or no service answering."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:  # not on Linux
        return False
    address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
    call = new_method_call(address, "Notify", SIGNATURE,
                           (app_name, 0, "", title, text, [], {}, -1))
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            reply = connection.send_and_get_reply(call, timeout=TIMEOUT_S)
    except (OSError, TimeoutError, ValueError, KeyError):
        return False
    return bool(reply.header.message_type == MessageType.method_return)
