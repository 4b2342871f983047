import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/pdf/lex-pdf.js';
import { dict, isDict, name, PdfName, PdfRef, PdfStream, PdfString } from '../../src/pdf/pdf-objects.js';
import { PdfFile, UnsupportedPdfError } from '../../src/pdf/read-pdf.js';
import { PdfWriter, serializeValue } from '../../src/pdf/write-pdf.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

const parse = (text: string) => parseValue(Buffer.from(text, 'latin1'), 0).value;

describe('PDF syntax', () => {
  it('reads names, strings, numbers, references and nested containers', () => {
    const value = parse(
      '<</Type /Page /A#20B (a\\(b\\)c\\n\\101) /H <48 49> /N [1 -2.5 .5 12 0 R true null] /D <</X 3>>>>',
    );
    expect(isDict(value)).toBe(true);
    const d = value as Map<string, unknown>;
    expect(d.get('Type')).toBe(PdfName.of('Page'));
    expect((d.get('A B') as PdfString).text()).toBe('a(b)c\nA');
    expect((d.get('H') as PdfString).text()).toBe('HI');
    expect(d.get('N')).toEqual([1, -2.5, 0.5, new PdfRef(12, 0), true, null]);
    expect((d.get('D') as Map<string, unknown>).get('X')).toBe(3);
    // Two integers without R are two numbers, not a reference.
    expect(parse('[1 0 2]')).toEqual([1, 0, 2]);
  });

  it('writes what it reads back unchanged, text strings in UTF-16 when not ASCII', () => {
    const value = dict({
      Title: PdfString.fromText('Agenda — 9 December'),
      Ascii: PdfString.fromText('plain (text) \\ here'),
      Name: name('Odd name/#1'),
      Real: 0.1 + 0.2,
      Tiny: 1e-9,
      Kids: [new PdfRef(4), 5, false],
    });
    const text = serializeValue(value);
    expect(text).not.toMatch(/e-/);
    const back = parse(text) as Map<string, unknown>;
    expect((back.get('Title') as PdfString).text()).toBe('Agenda — 9 December');
    expect((back.get('Ascii') as PdfString).text()).toBe('plain (text) \\ here');
    expect(back.get('Name')).toBe(PdfName.of('Odd name/#1'));
    expect(back.get('Real')).toBeCloseTo(0.3, 6);
    expect(back.get('Tiny')).toBe(0);
    expect(back.get('Kids')).toEqual([new PdfRef(4), 5, false]);
  });

  it('writes a file that qpdf accepts and that it reads back lazily, page attributes inherited', () => {
    const out = new PdfWriter();
    const pages = out.reserve();
    const content = out.add(new PdfStream(new Map(), Buffer.from('BT /F1 12 Tf 72 720 Td (Hello) Tj ET')));
    const font = out.add(dict({ Type: name('Font'), Subtype: name('Type1'), BaseFont: name('Helvetica') }));
    const page = out.add(dict({ Type: name('Page'), Parent: pages, Contents: content }));
    out.set(
      pages,
      dict({
        Type: name('Pages'),
        Kids: [page],
        Count: 1,
        MediaBox: [0, 0, 595, 842],
        Resources: dict({ Font: dict({ F1: font }) }),
      }),
    );
    const catalog = out.add(dict({ Type: name('Catalog'), Pages: pages }));
    const info = out.add(dict({ Title: PdfString.fromText('t') }));
    const bytes = out.serialize(catalog, info);
    const file = path.join(makeTempDir(), 'out.pdf');
    fs.writeFileSync(file, bytes);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );
    const read = new PdfFile(bytes);
    const [only] = read.pages();
    expect(only.dict.get('MediaBox')).toEqual([0, 0, 595, 842]);
    expect(Buffer.from(read.decode(read.resolve(only.dict.get('Contents')) as PdfStream)).toString()).toContain(
      '(Hello) Tj',
    );
    // Deterministic: the same objects give the same bytes, /ID included.
    expect(Buffer.compare(Buffer.from(out.serialize(catalog, info)), Buffer.from(bytes))).toBe(0);
  });

  it('refuses what it does not read (a cross-reference stream) with an error the loader can act on', () => {
    const qdf = path.join(makeTempDir(), 'objstm.pdf');
    const plain = path.join(path.dirname(qdf), 'plain.pdf');
    const out = new PdfWriter();
    const pages = out.reserve();
    out.set(pages, dict({ Type: name('Pages'), Kids: [], Count: 0 }));
    fs.writeFileSync(plain, out.serialize(out.add(dict({ Type: name('Catalog'), Pages: pages })), out.add(new Map())));
    execFileSync('qpdf', ['--object-streams=generate', plain, qdf]);
    expect(() => new PdfFile(fs.readFileSync(qdf))).toThrow(UnsupportedPdfError);
  });
});
