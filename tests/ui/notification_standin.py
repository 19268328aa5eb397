"""A stand-in for the desktop's notification service, for the D-Bus test: it owns
org.freedesktop.Notifications on the session bus, records each Notify call (its signature and
arguments) as a JSON line in the file named by its argument, and answers with an id.

Run under `dbus-run-session` by tests/ui/notification_probe.py; prints "ready" once it owns
the name."""

from __future__ import annotations

import json
import sys

from jeepney import HeaderFields, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
DO_NOT_QUEUE = 4


def main(record: str) -> None:
    connection = open_dbus_connection(bus="SESSION")
    connection.send_and_get_reply(message_bus.RequestName(NAME, DO_NOT_QUEUE))
    print("ready", flush=True)
    given = 0
    while True:
        message = connection.receive()
        if message.header.message_type != MessageType.method_call:
            continue
        member = message.header.fields.get(HeaderFields.member)
        if member == "Notify":
            given += 1
            app, replaces, _icon, summary, body, actions, hints, timeout = message.body
            with open(record, "a", encoding="utf-8") as file:
                file.write(json.dumps({
                    "signature": message.header.fields.get(HeaderFields.signature),
                    "app": app, "replaces": replaces, "summary": summary, "body": body,
                    "actions": actions, "hints": hints, "timeout": timeout}) + "\n")
            connection.send(new_method_return(message, "u", (given,)))
        else:
            connection.send(new_method_return(message))


if __name__ == "__main__":
    main(sys.argv[1])
