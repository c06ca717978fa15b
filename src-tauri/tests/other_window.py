#!/usr/bin/python3
"""Another program's window that takes the keyboard focus, for the end-to-end
test of notifications (PhotoDrop notifies only when it is not in front).
There is no window manager under Xvfb, so it sets the X input focus itself.
Prints "ready" once it has the focus."""
import gi

gi.require_version("Gdk", "3.0")
gi.require_version("Gtk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402

win = Gtk.Window(title="another program")
win.set_default_size(200, 100)
win.move(1350, 750)
win.add(Gtk.Entry())


def take_focus():
    win.get_window().focus(Gdk.CURRENT_TIME)
    print("ready", flush=True)
    return False


win.connect("map-event", lambda *_: GLib.timeout_add(200, take_focus))
win.connect("destroy", Gtk.main_quit)
win.show_all()
Gtk.main()
