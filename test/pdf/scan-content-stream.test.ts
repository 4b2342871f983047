import { describe, expect, it } from 'vitest';
import { PdfName } from '../../src/pdf/pdf-objects.js';
import { parseOperands, scanContentStream } from '../../src/pdf/scan-content-stream.js';

const operators = (text: string) => {
  const ops: string[] = [];
  scanContentStream(Buffer.from(text, 'latin1'), ({ op }) => ops.push(op));
  return ops;
};

describe('scanContentStream', () => {
  it('tells operators from operands, whatever the strings hold', () => {
    expect(operators('q 1 0 0 1 72 720 cm BT /F1 12 Tf (BDC \\) EMC) Tj [(a) -120 (b)] TJ ET Q')).toEqual([
      'q',
      'cm',
      'BT',
      'Tf',
      'Tj',
      'TJ',
      'ET',
      'Q',
    ]);
    expect(operators('/P <</MCID 3>> BDC 0 0 m 10 10 l S EMC (x) \' 1 2 (y) "')).toEqual([
      'BDC',
      'm',
      'l',
      'S',
      'EMC',
      "'",
      '"',
    ]);
  });

  it('reads an inline image as one operator, EI inside its data included', () => {
    const data = 'BI /W 2 /H 1 /CS /G /BPC 8 ID \x00EI\xff EI Q';
    expect(operators(data)).toEqual(['BI', 'Q']);
  });

  it('parses the operands of marked content', () => {
    const bytes = Buffer.from('/Span <</ActualText (Action: AM) /MCID 7>> BDC', 'latin1');
    let operands: unknown[] = [];
    scanContentStream(bytes, (op) => {
      operands = parseOperands(bytes, op);
    });
    expect(operands[0]).toBe(PdfName.of('Span'));
    expect((operands[1] as Map<string, unknown>).get('MCID')).toBe(7);
  });
});
