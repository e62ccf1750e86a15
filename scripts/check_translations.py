#!/usr/bin/env python3
"""Checks that the translations are complete: lupdate run over the sources into copies of the .ts
files must leave no string unfinished (a new string in the code without its Chinese translation, or a
%n string without its English plurals), and no translation empty.

Usage: check_translations.py LUPDATE SOURCES_FILE TS... (SOURCES_FILE: one source path per line;
a .ts named *_en.ts is updated with -pluralonly, as the build does)."""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main():
    lupdate, sources_file, *ts_files = sys.argv[1:]
    sources = [line.strip() for line in open(sources_file, encoding='utf-8') if line.strip()]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            options = ['-no-obsolete', '-locations', 'none', '-silent']
            if ts.endswith('_en.ts'):
                options.insert(0, '-pluralonly')
            subprocess.run([lupdate, *options, *sources, '-ts', copy], check=True)
            for context in ET.parse(copy).getroot().iter('context'):
                name = context.find('name').text
                for message in context.iter('message'):
                    source = message.find('source').text
                    translation = message.find('translation')
                    forms = [f.text for f in translation.findall('numerusform')] or [translation.text]
                    if translation.get('type') == 'unfinished' or not all(f and f.strip() for f in forms):
                        problems.append(f'{os.path.basename(ts)}: {name}: {source!r}')
    for problem in problems:
        print('not translated:', problem)
    print(f'{len(problems)} string(s) not translated in {len(ts_files)} file(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
