#!/usr/bin/env python3
"""Writes the encoded loader fixtures from the UTF-8 sources beside this script.

A developer tool only: the tests read the committed files, nothing runs this at build or test time.
Run it from anywhere after changing a source text:  python3 tests/data/loader/make_fixtures.py
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "encoded"

hans = (SRC / "zh-hans.txt").read_text(encoding="utf-8")
hant = (SRC / "zh-hant.txt").read_text(encoding="utf-8")
latin = (SRC / "en.txt").read_text(encoding="utf-8")


def write(name, data):
    (OUT / name).write_bytes(data)


def main():
    OUT.mkdir(exist_ok=True)
    write("hans-utf8.txt", hans.encode("utf-8"))
    write("hans-utf8-bom.txt", b"\xef\xbb\xbf" + hans.encode("utf-8"))
    write("hant-utf16le-bom.txt", b"\xff\xfe" + hant.encode("utf-16-le"))
    write("hans-utf16be-bom.txt", b"\xfe\xff" + hans.encode("utf-16-be"))
    write("hant-utf16le.txt", hant.encode("utf-16-le"))
    write("hans-utf16be.txt", hans.encode("utf-16-be"))
    write("hans-utf16le.txt", hans.encode("utf-16-le"))
    write("en-utf16le.txt", latin.encode("utf-16-le"))
    write("hant-utf32le-bom.txt", b"\xff\xfe\x00\x00" + hant.encode("utf-32-le"))
    write("hans-utf32be-bom.txt", b"\x00\x00\xfe\xff" + hans.encode("utf-32-be"))
    write("hans-gb18030.txt", hans.encode("gb18030"))
    write("hant-gb18030.txt", hant.encode("gb18030"))
    write("hant-big5.txt", hant.encode("big5"))
    # Windows line ends, as Notepad writes them.
    write("hant-big5-crlf.txt", hant.replace("\n", "\r\n").encode("big5"))
    # One short line: too little for ICU's statistics, settled by which decoding reads as Chinese.
    write("short-hans-gb18030.txt", (SRC / "short-hans.txt").read_text(encoding="utf-8").encode("gb18030"))
    write("short-hant-big5.txt", (SRC / "short-hant.txt").read_text(encoding="utf-8").encode("big5"))
    # A download cut off in the middle of the last character (3-byte UTF-8: two bytes kept).
    utf8 = hans.rstrip("\n").encode("utf-8")
    write("hans-utf8-truncated.txt", utf8[:-1])
    # HTML in Big5 that says so in <meta charset>, and in GB2312 (read as GB18030) via http-equiv.
    page = (SRC / "page-big5.html").read_text(encoding="utf-8")
    write("page-big5.html", page.encode("big5"))
    page = (SRC / "page-gb.html").read_text(encoding="utf-8")
    write("page-gb.html", page.encode("gb2312"))


if __name__ == "__main__":
    main()
