"""Print every string object of a PDF (metadata, bookmarks, tags' alt text, destinations), decoded, one per line."""
import sys

import pikepdf


def walk(obj, seen, out):
    if isinstance(obj, pikepdf.String):
        out.append(str(obj))
        return
    if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)):
        return
    if obj.is_indirect:
        if obj.objgen in seen:
            return
        seen.add(obj.objgen)
    values = [v for _, v in obj.items()] if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)) else list(obj)
    for value in values:
        walk(value, seen, out)


with pikepdf.open(sys.argv[1]) as pdf:
    strings = []
    walk(pdf.trailer, set(), strings)
    sys.stdout.write("\n".join(strings) + "\n")
