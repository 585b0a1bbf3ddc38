#!/usr/bin/env python3
"""Writes data/provinces/<code>/dhis2-mapping.json with placeholder DHIS2 UIDs (issue 20.4).

Every UID is derived from the province code, the kind of object and its code (SHA-256), so running this again
gives the same file. They are well-formed (11 characters, a letter first) but belong to no DHIS2 instance: the
province replaces them with the national instance's UIDs (see docs/exchange.md).
Usage: scripts/dhis2-placeholder-mapping.py [province code, default 22]
"""
import csv, hashlib, json, pathlib, sys

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALPHANUMERIC = LETTERS + "0123456789"


def uid(province, kind, code):
    digest = hashlib.sha256(f"{province}:{kind}:{code}".encode()).digest()
    return LETTERS[digest[0] % len(LETTERS)] + "".join(ALPHANUMERIC[b % len(ALPHANUMERIC)] for b in digest[1:11])


province = sys.argv[1] if len(sys.argv) > 1 else "22"
folder = pathlib.Path(__file__).resolve().parent.parent / "data" / "provinces" / province
files = json.loads((folder / "province.json").read_text(encoding="utf-8"))
program = json.loads((folder / files["program"]).read_text(encoding="utf-8"))
with open(folder / files["adminUnits"], encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))

units = [province] + list(dict.fromkeys(r["district_code"] for r in rows)) + [r["commune_code"] for r in rows]
mapping = {
    "noteVi": "Mã UID giữ chỗ, sinh bởi scripts/dhis2-placeholder-mapping.py: thay bằng UID của hệ thống DHIS2 quốc gia.",
    "noteEn": "Placeholder UIDs made by scripts/dhis2-placeholder-mapping.py: replace them with the national DHIS2 instance's UIDs.",
    "dataSet": uid(province, "dataSet", program["code"]),
    "categoryOptionCombo": uid(province, "categoryOptionCombo", "default"),
    "attributeOptionCombo": uid(province, "attributeOptionCombo", "default"),
    "orgUnits": {code: uid(province, "orgUnit", code) for code in units},
    "dataElements": {
        i["code"]: {part: uid(province, "dataElement", f"{i['code']}:{part}") for part in ("numerator", "denominator")}
        for i in program["indicators"]
    },
}
(folder / "dhis2-mapping.json").write_text(json.dumps(mapping, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
