// How a class's rule set travels: as a JSON file, and as a link whose fragment carries the rules compressed (so no
// server ever sees them). Reading either is bounded before any work, then checked by the model. Imports the model and fflate.

import { deflateSync, inflateSync } from 'fflate';
import { checkRegime, ruleSetOf, type RegimeCheck, type RegimeProblem } from '../model/regime-check';
import type { NamedRegime } from '../model/regime';

export const RULES_FORMAT = 'good-standing-rules';
export const RULES_VERSION = 1;
/** A rules file is a few kilobytes; anything much larger is not one, and is refused before it is parsed. */
export const FILE_MAX_LENGTH = 100_000;
/** A link's fragment is refused above this length before it is decoded… */
export const LINK_MAX_LENGTH = 16_000;
/** …and its rules above this many bytes once inflated, however small they were compressed. */
export const INFLATED_MAX_BYTES = 100_000;

const FRAGMENT_KEY = 'rules';

const refuse = (field: string, key: RegimeProblem['key'], params?: RegimeProblem['params']): RegimeCheck => ({
  ok: false,
  problems: [params ? { field, key, params } : { field, key }],
});

/** The envelope a file and a link both carry: the format's name and version around the rules. */
function envelope(regime: NamedRegime) {
  return { format: RULES_FORMAT, version: RULES_VERSION, rules: ruleSetOf(regime) };
}

/** Opens an envelope from parsed JSON, then lets the model check the rules inside. */
function openEnvelope(value: unknown, field: string): RegimeCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse(field, 'wrong_format');
  const { format, version, rules, ...extra } = value as Record<string, unknown>;
  if (format !== RULES_FORMAT || Object.keys(extra).length > 0) return refuse(field, 'wrong_format');
  if (version !== RULES_VERSION) {
    return refuse(`${field}.version`, 'wrong_version', { version: typeof version === 'number' ? version : '?' });
  }
  return checkRegime(rules);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A rule set as the text of a `.json` file a teacher can keep, mail or load again. */
export function encodeRulesFile(regime: NamedRegime): string {
  return `${JSON.stringify(envelope(regime), null, 2)}\n`;
}

/** Reads a rules file's text: refused if too long (before parsing), not JSON, another format or version, or bad rules. */
export function decodeRulesFile(text: string): RegimeCheck {
  if (text.length > FILE_MAX_LENGTH) return refuse('file', 'too_large', { max: FILE_MAX_LENGTH });
  const parsed = parseJson(text);
  return parsed.ok ? openEnvelope(parsed.value, 'file') : refuse('file', 'not_json');
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * Inflates at most INFLATED_MAX_BYTES: the output buffer is fixed, so a zip bomb fills it and stops growing;
 * a full buffer means the rules were too large. Undefined when the data is not raw DEFLATE.
 */
function inflateBounded(bytes: Uint8Array): Uint8Array | 'too_large' | undefined {
  // fflate hands back the whole output buffer for empty input.
  if (bytes.length === 0) return undefined;
  try {
    const out = inflateSync(bytes, { out: new Uint8Array(INFLATED_MAX_BYTES + 1) });
    return out.length > INFLATED_MAX_BYTES ? 'too_large' : out;
  } catch {
    return undefined;
  }
}

/** The fragment (`#rules=…`) that carries a rule set: base64url of its envelope's JSON, deflated. */
export function encodeRulesLink(regime: NamedRegime): string {
  const json = new TextEncoder().encode(JSON.stringify(envelope(regime)));
  return `#${FRAGMENT_KEY}=${toBase64Url(deflateSync(json, { level: 9 }))}`;
}

/** The encoded rules in a location's fragment, or undefined when the fragment carries none. */
function rulesParameter(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${FRAGMENT_KEY}=`;
  return fragment
    .split('&')
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
}

/**
 * Reads the rules from a location's fragment: refused if over LINK_MAX_LENGTH before decoding, if not a rules
 * link, if garbled (not base64url, not DEFLATE, not UTF-8 JSON), if it inflates past INFLATED_MAX_BYTES, or if
 * the envelope or the rules inside are wrong.
 */
export function decodeRulesFragment(hash: string): RegimeCheck {
  if (hash.length > LINK_MAX_LENGTH) return refuse('link', 'too_large', { max: LINK_MAX_LENGTH });
  const encoded = rulesParameter(hash);
  if (encoded === undefined) return refuse('link', 'not_a_link');
  const bytes = fromBase64Url(encoded);
  const inflated = bytes && inflateBounded(bytes);
  if (inflated === 'too_large') return refuse('link', 'too_large', { max: INFLATED_MAX_BYTES });
  if (!inflated) return refuse('link', 'garbled_link');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return refuse('link', 'garbled_link');
  }
  const parsed = parseJson(text);
  return parsed.ok ? openEnvelope(parsed.value, 'link') : refuse('link', 'garbled_link');
}
