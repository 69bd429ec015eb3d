#!/usr/bin/python3
"""A desktop notification server for tests, on a private session bus.

Owns org.freedesktop.Notifications, writes every call it gets as one JSON
line to RECORD, and answers a notification as MODE says: "breathe" or
"not-today" (the action, as if clicked), "closed" (dismissed with no
action) or "silent" (no answer). Touches READY once it owns the name, and
leaves by itself after a minute at most.
Usage: fake_notifyd.py MODE RECORD READY
"""
import json
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

IFACE = "org.freedesktop.Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, mode, record):
        super().__init__(bus, "/org/freedesktop/Notifications")
        self.mode, self.record, self.next_id = mode, record, 1

    def log(self, **fields):
        with open(self.record, "a", encoding="utf-8") as f:
            f.write(json.dumps(fields) + "\n")

    @dbus.service.method(IFACE, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body"]

    @dbus.service.method(IFACE, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("fake_notifyd", "ebb tests", "1", "1.2")

    @dbus.service.method(IFACE, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, icon, summary, body, actions, hints, timeout):
        nid = self.next_id
        self.next_id += 1
        self.log(call="Notify", id=nid, app_name=str(app_name), icon=str(icon), summary=str(summary),
                 body=str(body), actions=[str(a) for a in actions],
                 hints={str(k): str(v) for k, v in hints.items()}, timeout=int(timeout))
        if self.mode != "silent":
            GLib.timeout_add(200, self.answer, nid)
        return nid

    def answer(self, nid):
        if self.mode in ("breathe", "not-today"):
            self.ActionInvoked(nid, self.mode)
        self.NotificationClosed(nid, 2)  # 2: dismissed by the user
        return False

    @dbus.service.method(IFACE, in_signature="u", out_signature="")
    def CloseNotification(self, nid):
        self.log(call="CloseNotification", id=int(nid))
        self.NotificationClosed(nid, 3)  # 3: closed by a call

    @dbus.service.signal(IFACE, signature="us")
    def ActionInvoked(self, nid, action_key):
        pass

    @dbus.service.signal(IFACE, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass


def main():
    mode, record, ready = sys.argv[1:4]
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(IFACE, bus, do_not_queue=True)
    server = Server(bus, mode, record)
    open(ready, "w", encoding="utf-8").close()
    loop = GLib.MainLoop()
    GLib.timeout_add_seconds(60, loop.quit)
    loop.run()
    del name, server


if __name__ == "__main__":
    main()
