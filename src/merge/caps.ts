/**
 * WhatsApp's caps on one export: 10,000 messages with media; without media 40,000 by its own help
 * pages, 50,000 in some guides. An export that holds about that many probably lost its oldest
 * messages to the cap.
 */
export const EXPORT_CAPS: readonly number[] = [10_000, 40_000, 50_000];

/** How far from a cap a count may be and still be taken for it: notices WhatsApp adds or leaves out. */
const MARGIN = 0.005;

/** The cap `messages` is about, counted as WhatsApp does (system notices included), or undefined. */
export function capNear(messages: number): number | undefined {
  return EXPORT_CAPS.find((cap) => Math.abs(messages - cap) <= cap * MARGIN);
}
