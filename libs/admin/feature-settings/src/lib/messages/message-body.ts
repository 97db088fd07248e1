/** A piece of a message's plain-text part: text, or a link a person can follow. */
export type BodyPart = { text: string } | { href: string };

/** Splits plain text into text and http(s) links, so links render as anchors without any HTML from the API. */
export function bodyParts(text: string): BodyPart[] {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^https?:\/\//.test(piece) ? { href: piece } : { text: piece }));
}
