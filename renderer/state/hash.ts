import { sha256Hex } from './sha256';
import { hashInWorker } from '../worker/serialize';

/**
 * From this many characters a text is hashed in the serialize worker: encoding a book to UTF-8
 * takes the page's thread tens of milliseconds, where posting the text there takes about one.
 */
const OFF_THREAD = 64 * 1024;

/** SHA-256 (hex) of a text's UTF-8 bytes; a long text's off the UI thread. */
export async function hashText(text: string): Promise<string> {
  return text.length >= OFF_THREAD ? hashInWorker(text) : sha256Hex(text);
}
