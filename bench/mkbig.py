#!/usr/bin/env python3
"""Write big photos that carry GPS (EXIF and XMP) for bench/privacy.sh.

mkbig.py DIR MIB -> DIR/big.jpg, big.png, big.tiff of about MIB MiB each.
The metadata sits where it is hardest to reach: the PNG's XMP follows the
image data, the TIFF's directories are at the end of the file.
"""
import os, struct, sys, zlib

out, mib = sys.argv[1], int(sys.argv[2])
size = mib << 20
here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, "..", "..", "shared", "corpus", "real")
camera = open(os.path.join(corpus, "jpeg-S", "DSCN0010.jpg"), "rb").read()
at = camera.index(b"Exif\0\0") + 6
tiff_len = struct.unpack(">H", camera[at - 8:at - 6])[0] - 8
exif = camera[at:at + tiff_len]
xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,31.0N"'
       b' exif:GPSLongitude="13,24.0E"/></rdf:RDF></x:xmpmeta>')
block = os.urandom(1 << 20)


def filler(f, n):
    while n > 0:
        k = min(n, len(block))
        f.write(block[:k])
        n -= k


# JPEG: a camera photo (EXIF GPS) plus an XMP segment, with data after its
# end marker: still a JPEG.
with open(os.path.join(out, "big.jpg"), "wb") as f:
    seg = b"http://ns.adobe.com/xap/1.0/\0" + xmp
    jpeg = camera[:2] + b"\xff\xe1" + struct.pack(">H", len(seg) + 2) + seg + camera[2:]
    f.write(jpeg)
    filler(f, size - len(jpeg))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


# PNG: eXIf before, iTXt XMP after 1 MiB IDAT chunks.
with open(os.path.join(out, "big.png"), "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n")
    f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", 8000, 6000, 8, 2, 0, 0, 0)))
    f.write(chunk(b"eXIf", exif))
    idat = chunk(b"IDAT", block)
    for _ in range(size // len(idat)):
        f.write(idat)
    f.write(chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0" + xmp))
    f.write(chunk(b"IEND", b""))

# TIFF: one uncompressed strip, then IFD0 (with XMP) and the GPS IFD at the end.
w = 16384
h = max(1, size // (w * 3))
strip = w * h * 3
with open(os.path.join(out, "big.tiff"), "wb") as f:
    ifd0 = 8 + strip
    f.write(b"II*\0" + struct.pack("<I", ifd0))
    filler(f, strip)
    entries = [  # tag, type, count, value
        (256, 4, 1, w), (257, 4, 1, h), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 2),
        (273, 4, 1, 8), (277, 3, 1, 3), (278, 4, 1, h), (279, 4, 1, strip),
        (700, 7, len(xmp), None), (0x8825, 4, 1, None),
    ]
    n = len(entries)
    xmp_at = ifd0 + 2 + n * 12 + 4
    gps_at = xmp_at + len(xmp) + (len(xmp) & 1)
    ifd = struct.pack("<H", n)
    for tag, ty, count, value in entries:
        value = {700: xmp_at, 0x8825: gps_at}.get(tag, value)
        ifd += struct.pack("<HHII", tag, ty, count, value)
    f.write(ifd + b"\0\0\0\0" + xmp + b"\0" * (len(xmp) & 1))
    rationals = gps_at + 2 + 4 * 12 + 4
    gps = struct.pack("<H", 4)
    gps += struct.pack("<HHI4s", 1, 2, 2, b"N\0\0\0") + struct.pack("<HHII", 2, 5, 3, rationals)
    gps += struct.pack("<HHI4s", 3, 2, 2, b"E\0\0\0") + struct.pack("<HHII", 4, 5, 3, rationals + 24)
    f.write(gps + b"\0\0\0\0" + struct.pack("<12I", 52, 1, 31, 1, 0, 1, 13, 1, 24, 1, 0, 1))
