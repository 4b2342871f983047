import { dict, name, type PdfDict, PdfStream, PdfString } from '../pdf/pdf-objects.js';

/** Document information written into every PDF sbp makes. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  language: string;
  keywords: string[];
  /** Creation and modification date: fixed so that builds are reproducible. */
  date: Date;
  /** The tool that made it, e.g. "sbp 0.1.0". */
  creator: string;
}

/** The document information dictionary (the same facts as the XMP packet, PDF/UA-1 7.1). */
export function buildInfoDict(meta: PdfMetadata): PdfDict {
  const date = PdfString.fromText(`D:${meta.date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`);
  return dict({
    Title: PdfString.fromText(meta.title),
    Author: PdfString.fromText(meta.author),
    Subject: PdfString.fromText(meta.subject),
    Keywords: PdfString.fromText(meta.keywords.join(', ')),
    Creator: PdfString.fromText(meta.creator),
    Producer: PdfString.fromText(meta.creator),
    CreationDate: date,
    ModDate: date,
  });
}

/** The XMP metadata stream: PDF/UA-1 identification, title, creator, language, dates; no clock is read. */
export function buildXmpStream(meta: PdfMetadata): PdfStream {
  const when = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xml = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
   <pdf:Keywords>${escapeXml(meta.keywords.join(', '))}</pdf:Keywords>
   <pdf:Producer>${escapeXml(meta.creator)}</pdf:Producer>
   <xmp:CreatorTool>${escapeXml(meta.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${when}</xmp:CreateDate>
   <xmp:ModifyDate>${when}</xmp:ModifyDate>
   <xmp:MetadataDate>${when}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
  return new PdfStream(dict({ Type: name('Metadata'), Subtype: name('XML') }), Buffer.from(xml, 'utf8'));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
