"""Fills the English plural forms in translations/salesdesk_en.ts from the "(s)" notation of
the source strings: "%n deal(s)" -> "%n deal" / "%n deals", "activity(ies)" -> "activity" /
"activities". Run after the salesdesk_plurals_en_lupdate target added new strings."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path


def forms(source):
    singular = re.sub(r"y\(ies\)", "y", source)
    singular = re.sub(r"\(s\)", "", singular)
    plural = re.sub(r"y\(ies\)", "ies", source)
    plural = re.sub(r"\(s\)", "s", plural)
    return singular, plural


def main():
    path = Path(__file__).with_name("salesdesk_en.ts")
    tree = ET.parse(path)
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        tr = msg.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        tr.text = None
        for text in forms(msg.find("source").text):
            ET.SubElement(tr, "numerusform").text = text
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


if __name__ == "__main__":
    main()
