#!/usr/bin/env python3
"""Writes golden-names.tsv: the display names Consentric must import from each file of the
real-world corpus (../shared/testdata/real), for the CorpusTest suite of import_tests
(tests/import/VCardReaderTest.cpp).

It is deliberately a second, independent reading of the files, sharing no code with the
C++ readers: each file is decoded with the encoding it really has (per the notes column of
expected.tsv, checked by eye), vCards are unfolded and split here with a few lines of
Python, and CSVs are read with Python's csv module, with the name columns of each file
chosen by hand below. Only the rule for the display name is the readers' (it is a decision,
not parsing): vCard FN, else N as "given additional family", else NICKNAME, ORG, the first
email (preferred first); CSV display-name column, else "given middle family", else the
company, else the first email; a contact with no name, no email and no profile address is
skipped.

How it was used: run it (python3 make-golden-names.py > golden-names.tsv), compare with what
the C++ readers import (the corpus test prints both on a mismatch), read the files where
they disagreed by eye, and fix whichever side was wrong. The output was checked by hand:
every non-ASCII name was compared with the file's bytes decoded in its true encoding.

Usage: make-golden-names.py [corpus folder] > golden-names.tsv
"""
import csv
import io
import os
import quopri
import re
import sys

CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../../../shared/testdata/real')

# The true encoding of text that declares no CHARSET, where it is not UTF-8 (from the notes
# of expected.tsv and by reading the bytes).
VCARD_ENCODING = {
    'folkerkinzel-vcards__v3Utf16Bom.vcf': 'utf-16',
    'roundcube__utf-16_sample.vcf': 'utf-16-be',
    'aosp-vcard__v21_japanese_1.vcf': 'shift_jis',
    'aosp-vcard__v21_japanese_2.vcf': 'shift_jis',
    'aosp-vcard__v21_multiple_entry.vcf': 'shift_jis',
    'aosp-vcard__v30_japanese.vcf': 'shift_jis',
    'folkerkinzel-vcards__AnsiIssue-outlook.vcf': 'cp1252',
    'folkerkinzel-vcards__ansi-German-cp1252.vcf': 'cp1252',
    'folkerkinzel-vcards__ansi-Ukrainian-cp1251.vcf': 'cp1251',
    'tine20__HerrFalkMuenchen.vcf': 'latin-1',
    'roundcube__thebat.vcf': 'iso-8859-2',  # The Bat!: "Iksi=F1ski" is Iksiński
    'icaljs__vcard21_encoding.vcf': 'latin-1',
    'roundcube__johndoe.vcf': 'cp1252',
}


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            n = text[i + 1]
            out.append('\n' if n in 'nN' else n if n in '\\,;:' else c + n)
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def split_unescaped(text, sep):
    parts, cur, i = [], '', 0
    while i < len(text):
        if text[i] == '\\' and i + 1 < len(text):
            cur += text[i:i + 2]
            i += 2
        elif text[i] == sep:
            parts.append(cur)
            cur = ''
            i += 1
        else:
            cur += text[i]
            i += 1
    return parts + [cur]


def vcard_lines(data):
    """Physical lines unfolded into (line number, bytes) properties."""
    sep = b'\n' if b'\n' in data else b'\r'
    physical = [l.rstrip(b'\r') for l in data.split(sep)]
    out = []
    for number, line in enumerate(physical, 1):
        if out:
            head = out[-1][1].split(b':', 1)[0].upper()
            if b'QUOTED-PRINTABLE' in head and b':' in out[-1][1] and out[-1][1].rstrip(b' \t').endswith(b'='):
                out[-1][1] = out[-1][1].rstrip(b' \t')[:-1] + line
                continue
            if line[:1] in (b' ', b'\t'):
                out[-1][1] += line[1:]
                continue
        if line.strip():
            out.append([number, line.lstrip(b' \t')])
    return out


def parse_property(line):
    m = re.match(rb'^([A-Za-z0-9_./-]+)((?:;[^:]*)?):(.*)$', line, re.S)
    if not m:
        return None
    name = m.group(1).split(b'.')[-1].upper().decode()
    params = {}
    for p in m.group(2).split(b';')[1:]:
        p = p.strip()
        if not p:
            continue
        if b'=' in p:
            k, v = p.split(b'=', 1)
            params.setdefault(k.strip().upper().decode(), []).extend(x.strip(b'"').decode('latin-1').upper() for x in v.split(b','))
        elif p.upper() in (b'QUOTED-PRINTABLE', b'BASE64', b'8BIT'):
            params.setdefault('ENCODING', []).append(p.upper().decode())
        else:
            params.setdefault('TYPE', []).extend(x.decode('latin-1').upper() for x in p.split(b','))
    return name, params, m.group(3)


def vcard_value(params, raw, file_encoding):
    if 'QUOTED-PRINTABLE' in params.get('ENCODING', []):
        raw = quopri.decodestring(raw)
    charset = (params.get('CHARSET') or [''])[0].lower()
    if charset and charset not in ('utf-8', 'us-ascii'):
        return raw.decode(charset, errors='replace')
    return raw.decode(file_encoding, errors='replace')


def vcard_names(path, name):
    data = open(path, 'rb').read()
    enc = VCARD_ENCODING.get(name, 'utf-8')
    if enc.startswith('utf-16'):
        data, enc = data.decode(enc).lstrip('\ufeff').encode('utf-8'), 'utf-8'
    data = data[3:] if data.startswith(b'\xef\xbb\xbf') else data
    cards, stack, outside = [], [], []
    for number, line in vcard_lines(data):
        prop = parse_property(line)
        if prop and prop[0] == 'BEGIN' and prop[2].strip().upper() == b'VCARD':
            stack.append([])
            outside = []
        elif prop and prop[0] == 'END' and prop[2].strip().upper() == b'VCARD':
            if stack:
                cards.append(stack.pop())
            elif outside:  # a card without BEGIN (eds 7.vcf), read up to its END
                cards.append(outside)
                outside = []
        elif prop:
            (stack[-1] if stack else outside).append(prop)
    while stack:  # no END: read up to the end of the file
        cards.append(stack.pop())
    names = []
    for props in cards:
        def first(pname):
            return [vcard_value(p, v, enc) for n, p, v in props if n == pname]
        fn = next((unescape(v).strip() for v in first('FN') if unescape(v).strip()), '')
        ns = first('N')
        from_n = ''
        if ns:
            comps = split_unescaped(ns[0], ';') + ['', '', '']
            words = lambda c: ' '.join(w for w in (unescape(x).strip() for x in split_unescaped(c, ',')) if w)
            from_n = ' '.join(w for w in (words(comps[1]), words(comps[2]), words(comps[0])) if w)
        nick = next((unescape(split_unescaped(v, ',')[0]).strip() for v in first('NICKNAME')), '')
        org = ''
        for v in first('ORG')[:1]:
            org = next((unescape(c).strip() for c in split_unescaped(v, ';') if unescape(c).strip()), '')
        emails = [(('PREF' in p.get('TYPE', [])) or 'PREF' in p, unescape(vcard_value(p, v, enc)).strip())
                  for n, p, v in props if n == 'EMAIL']
        emails = [(p, re.sub(r'^.*<(.*)>$', r'\1', e).strip()) for p, e in emails]
        emails = [e for e in emails if '@' in e[1]]
        emails.sort(key=lambda e: not e[0])
        urls = [v for n, p, v in props if n == 'URL' and v.strip()]
        display = next((x for x in (fn, from_n, nick, org, emails[0][1] if emails else '') if x), '')
        if display or urls:
            names.append(display)
    return names


# CSV files: encoding, delimiter, and the columns that make the name, chosen by reading
# each header. None for the header: the file has none, columns are numbers.
CSV = {
    'kawsay__linkedin-Connections-fixture.csv': ('utf-8-sig', ',', 'First Name', dict(given='First Name', family='Last Name', company='Company', email=['Email Address'])),
    'monica__single_contact_stub-ragged.csv': ('utf-8', ',', 'id', dict(given='first_name', middle='middle_name', family='last_name')),
    'roundcube__csv2vcard-all.csv': ('utf-8-sig', ',', 'Display Name', dict(display='Display Name')),
    'roundcube__csv2vcard-email.csv': ('utf-8', ',', 'Primary Email', dict(email=['Primary Email'])),
    'roundcube__csv2vcard-gmail.csv': ('utf-8', ',', 'Name', dict(display='Name')),
    'roundcube__csv2vcard-tb_plain.csv': ('utf-8', ',', 'First Name', dict(display='Display Name')),
    'thunderbird__addrbook-export.csv': ('utf-8', ',', 'First Name', dict(display='Display Name')),
    'thunderbird__basic_csv_addressbook.csv': ('utf-8', ',', 'First Name', dict(display='Display Name')),
    'thunderbird__csv_no_header.csv': ('utf-8', ',', None, dict(display=0, given=1, family=2, email=[3])),
    'thunderbird__csv_semicolon.csv': ('utf-8', ';', 'Display Name', dict(display='Display Name')),
    'thunderbird__quote.csv': ('utf-8', ',', 'First Name', dict(display='Display Name')),
    'thunderbird__shiftjis_addressbook.csv': ('shift_jis', ',', 'First Name', dict(display='Display Name')),
    'thunderbird__utf16_addressbook.csv': ('utf-16', ',', 'First Name', dict(display='Display Name')),
    'tine20__adb_mac_import.csv': ('utf-8', '\t', 'Vorname', dict(given='Vorname', family='Nachname', company='Firma')),
    'tine20__adb_outlook2007_default_de.csv': ('utf-8', ',', 'Anrede', dict(given='Vorname', middle='Weitere Vornamen', family='Nachname', company='Firma', email=['E-Mail-Adresse'])),
    'tine20__google_contacts.csv': ('utf-8', ',', 'Name', dict(display='Name')),
    'tine20__importtest_outlook2013.csv': ('cp1252', ',', 'Anrede', dict(given='Vorname', middle='Weitere Vornamen', family='Nachname', company='Firma', email=['E-Mail-Adresse'])),
    'tine20__importtest_win1252.csv': ('cp1252', ';', 'First Name', dict(given='First Name', family='Last Name', email=['E-Mail'])),
}

# Read by eye: the reader's own choices on a malformed file. thunderbird__tab_comma_mixed
# has a comma line then three TAB lines and no header: TAB wins (three rows agree on five
# cells), the first line is one cell nobody can use (skipped), the others have only an
# email, which becomes the name.
BY_EYE = {
    'thunderbird__tab_comma_mixed.csv': ['2@host.invalid', '3@host.invalid', '4@host.invalid'],
}


def csv_names(path, name):
    if name in BY_EYE:
        return BY_EYE[name]
    encoding, delimiter, first_header, cols = CSV[name]
    text = open(path, 'rb').read().decode(encoding)
    rows = [r for r in csv.reader(io.StringIO(text, newline=''), delimiter=delimiter) if any(c.strip() for c in r)]
    if first_header is not None:
        h = next(i for i, r in enumerate(rows) if r and r[0].lstrip('\ufeff') == first_header)
        header, rows = [c.strip() for c in rows[h]], rows[h + 1:]
        col = lambda key: header.index(key)
    else:
        col = lambda key: key
    names = []
    for r in rows:
        cell = lambda key: r[col(key)].strip() if key is not None and col(key) < len(r) else ''
        emails = [e for key in cols.get('email', []) for e in cell(key).split(' ::: ') if '@' in e]
        display = cell(cols.get('display'))
        if not display:
            display = ' '.join(x for x in (cell(cols.get('given')), cell(cols.get('middle')), cell(cols.get('family'))) if x)
        display = display or cell(cols.get('company')) or (emails[0] if emails else '')
        if display:
            names.append(display)
    return names


def main():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(CORPUS, 'expected.tsv'), encoding='utf-8')][1:]
    for row in rows:
        file = row[0]
        folder, name = file.split('/')
        path = os.path.join(CORPUS, file)
        names = vcard_names(path, name) if folder == 'vcard' else csv_names(path, name)
        print(file + '\t' + ' | '.join(n.replace('\n', ' ') for n in names))


if __name__ == '__main__':
    main()
