"""Read a PDF's accessibility facts with pikepdf (independently of sbp's checker) and print them as JSON.

Usage: /usr/bin/python3 read-pdf-accessibility.py file.pdf
"""
import json
import re
import sys

import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI", "INLINE IMAGE"}


def text(value):
    return str(value) if value is not None else None


def xmp_facts(pdf):
    if "/Metadata" not in pdf.Root:
        return {"present": False}
    meta = pdf.open_metadata()
    raw = pdf.Root.Metadata.read_bytes().decode("utf8", "replace")
    part = re.search(r"<pdfuaid:part>\s*(\d+)\s*</pdfuaid:part>|pdfuaid:part=\"(\d+)\"", raw)
    def plain(value):
        return sorted(value) if isinstance(value, (set, list)) else value

    return {
        "present": True,
        "title": plain(meta.get("dc:title")),
        "creator": plain(meta.get("dc:creator")),
        "language": plain(meta.get("dc:language")),
        "pdfuaPart": (part.group(1) or part.group(2)) if part else None,
    }


def parent_tree(pdf):
    tree = {}
    root = pdf.Root.get("/StructTreeRoot")
    if root is None or "/ParentTree" not in root:
        return tree

    def walk(node):
        nums = node.get("/Nums")
        if nums is not None:
            for i in range(0, len(nums) - 1, 2):
                tree[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            walk(kid)

    walk(root.ParentTree)
    return tree


def structure(pdf):
    """Depth-first list of (type, page) and the set of (page objgen, stream objgen, mcid) the tree claims."""
    root = pdf.Root.get("/StructTreeRoot")
    role_map = {str(k): str(v) for k, v in root.get("/RoleMap", {}).items()} if root is not None else {}
    elements, claimed = [], set()
    if root is None:
        return elements, claimed, role_map

    def visit(elem, inherited_page, parent):
        page = elem.get("/Pg", inherited_page)
        kids = elem.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
        entry = {"type": str(elem.get("/S")), "alt": text(elem.get("/Alt")), "parent": parent, "page": None, "kids": []}
        index = len(elements)
        elements.append(entry)
        if parent is not None:
            elements[parent]["kids"].append(index)
        for kid in kids:
            if isinstance(kid, int):
                claimed.add((page.objgen if page is not None else None, None, int(kid)))
                entry["page"] = entry["page"] or (page.objgen if page is not None else None)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                pg = kid.get("/Pg", page)
                stm = kid.get("/Stm")
                claimed.add((pg.objgen if pg is not None else None, stm.objgen if stm is not None else None, int(kid.MCID)))
                entry["page"] = entry["page"] or (pg.objgen if pg is not None else None)
            elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                visit(kid, page, index)

    top = root.get("/K")
    for kid in list(top) if isinstance(top, pikepdf.Array) else [top]:
        visit(kid, None, None)
    return elements, claimed, role_map


def content_facts(pdf, claimed):
    tree = parent_tree(pdf)
    untagged, unreachable = {}, {}

    def scan(stream_owner, resources, page_no, page_gen, stream_gen, key, inherited, depth):
        stack = []

        def current():
            for mark in reversed(stack):
                if mark != "none":
                    return mark
            return inherited

        for operands, op in pikepdf.parse_content_stream(stream_owner):
            op = str(op)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                props = operands[1] if len(operands) > 1 else None
                if isinstance(props, pikepdf.Name):
                    props = resources.get("/Properties", {}).get(str(props))
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                mark = "artifact" if tag == "/Artifact" else ("tagged" if mcid is not None else "none")
                if mark == "tagged":
                    entries = tree.get(key) if key is not None else None
                    ok = (page_gen, stream_gen, int(mcid)) in claimed and isinstance(entries, pikepdf.Array) and int(mcid) < len(entries)
                    if not ok:
                        unreachable[page_no] = unreachable.get(page_no, 0) + 1
                stack.append(mark)
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op == "Do":
                xobj = resources.get("/XObject", {}).get(str(operands[0]))
                if xobj is not None and xobj.get("/Subtype") == "/Form" and depth < 12:
                    scan(xobj, xobj.get("/Resources", resources), page_no, page_gen, xobj.objgen, xobj.get("/StructParents"), current(), depth + 1)
                elif current() == "none":
                    untagged[page_no] = untagged.get(page_no, 0) + 1
            elif op in PAINTING and current() == "none":
                untagged[page_no] = untagged.get(page_no, 0) + 1

    for number, page in enumerate(pdf.pages, start=1):
        key = page.obj.get("/StructParents")
        scan(page, page.Resources, number, page.obj.objgen, None, int(key) if key is not None else None, "none", 0)
    return untagged, unreachable


def outline(pdf):
    titles = []
    with pdf.open_outline() as tree:
        def walk(items, depth):
            for item in items:
                titles.append({"title": item.title, "depth": depth})
                walk(item.children, depth + 1)
        walk(tree.root, 0)
    return titles


def main(path):
    pdf = pikepdf.open(path)
    pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages, start=1)}
    elements, claimed, role_map = structure(pdf)
    untagged, unreachable = content_facts(pdf, claimed)
    for element in elements:
        element["page"] = pages.get(element["page"])
    headings = [int(e["type"][2:]) for e in elements if re.fullmatch(r"/H[1-6]", role_map.get(e["type"], e["type"]))]
    links = [a for page in pdf.pages for a in page.obj.get("/Annots", []) if a.get("/Subtype") == "/Link"]
    print(json.dumps({
        "pages": len(pdf.pages),
        "xmp": xmp_facts(pdf),
        "pageMode": text(pdf.Root.get("/PageMode")),
        "displayDocTitle": bool(pdf.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)),
        "lang": text(pdf.Root.get("/Lang")),
        "untaggedPages": sorted(untagged),
        "unreachablePages": sorted(unreachable),
        "headings": headings,
        "headingSkips": sum(1 for a, b in zip([0] + headings, headings) if b > a + 1),
        "types": sorted({e["type"] for e in elements}),
        "roleMap": role_map,
        "outline": outline(pdf),
        "linksWithoutContents": sum(1 for a in links if not str(a.get("/Contents", "")).strip()),
        "elements": [{"type": e["type"], "alt": e["alt"], "parent": e["parent"], "page": e["page"]} for e in elements],
    }))


if __name__ == "__main__":
    main(sys.argv[1])
