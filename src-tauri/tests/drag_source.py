#!/usr/bin/python3
"""A real GTK drag source for the end-to-end test: a button at (x, y) that
drags the file URIs given on the command line (XDND, as a file manager does)."""
import sys
import gi

gi.require_version("Gdk", "3.0")
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk, Gdk  # noqa: E402

x, y, paths = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
uris = ["file://" + p for p in paths]
win = Gtk.Window(title="drag-source")
win.set_decorated(False)
win.move(x, y)
win.set_default_size(200, 100)
btn = Gtk.Button(label="drag me")
btn.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY)
btn.drag_source_add_uri_targets()
btn.connect("drag-data-get", lambda w, ctx, data, info, t: data.set_uris(uris))
win.add(btn)
win.connect("destroy", Gtk.main_quit)
win.show_all()
print("ready", flush=True)
Gtk.main()
