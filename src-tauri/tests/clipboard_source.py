#!/usr/bin/python3
"""Owns the X clipboard for the end-to-end test the way desktop apps do, and
keeps serving it (on X11 the clipboard lives in its owner) until killed:
  clipboard_source.py --image PNG    an image, as a browser's "Copy image"
                                     (image/png)
  clipboard_source.py FILE...        files, as a file manager's Ctrl+C
                                     (text/uri-list, x-special/gnome-copied-files)
Prints "ready" once it owns the clipboard. GTK 4, because GTK 3's Python
binding cannot offer custom targets such as a file list."""
import sys
import gi

gi.require_version("Gdk", "4.0")
gi.require_version("Gtk", "4.0")
from gi.repository import Gdk, Gio, GLib, Gtk  # noqa: E402

Gtk.init()
args = sys.argv[1:]
if args[0] == "--image":
    with open(args[1], "rb") as f:
        content = Gdk.ContentProvider.new_for_bytes("image/png", GLib.Bytes.new(f.read()))
else:
    files = Gdk.FileList.new_from_list([Gio.File.new_for_path(p) for p in args])
    content = Gdk.ContentProvider.new_for_value(files)
clipboard = Gdk.Display.get_default().get_clipboard()


def own():
    clipboard.set_content(content)
    print("ready", flush=True)
    return False


GLib.idle_add(own)
GLib.MainLoop().run()
