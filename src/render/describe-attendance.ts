import type { Apology, Meeting } from '../model/model-types.js';

/** "Councillor X declared an interest in item 5: …", one sentence per declaration (public in both views). */
export function describeDeclarations(meeting: Meeting): string[] {
  return meeting.declarations.map((d) => {
    const interest = d.interest.trim().replace(/[.;,:]?$/, '.');
    return `${d.person.name} declared an interest${d.item ? ` in item ${d.item}` : ''}: ${interest}`;
  });
}

/** The apologies item's sentences when the minutes text says none: plain apologies, then each substitute. */
export function describeApologies(apologies: Apology[]): string[] {
  const plain = apologies.filter((a) => !a.substitute).map((a) => a.person.name);
  const sentences = plain.length > 0 ? [`Apologies were received from ${joinNames(plain)}.`] : [];
  for (const a of apologies) {
    if (a.substitute)
      sentences.push(`Apologies were received from ${a.person.name}, and ${a.substitute.name} attended as substitute.`);
  }
  return sentences;
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
