/// <reference lib="webworker" />
/**
 * Serialises projects off the UI thread (autosave of a book-length project would stall it) and,
 * in the browser edition, also posts the autosave to the bridge from here: sending megabytes
 * from the page itself costs the UI thread a long pause. It also hashes long texts (`HashRequest`).
 */
import { serializeProject } from '../../shared/project/schema';
import type { Project } from '../../shared/project/types';
import { BODY_HEADER, PARAMS_HEADER, TOKEN_HEADER } from '../../shared/api';
import { decodeWire } from '../../shared/wire';
import { sha256Hex } from '../state/sha256';
import { HeldTexts, type TextRef } from './text-refs';

export interface SerializeRequest {
  id: number;
  /** The project with its versions' texts left empty: they are `texts`, in the same order. */
  project: Project;
  /** Each version's text, sent once and named by number afterwards (text-refs). */
  texts: TextRef[];
  app: { name: string; version: string };
  indent: number;
  /** When set, POST the JSON as a `writeRecovery` call to this bridge and reply without it. */
  post?: { base: string; token: string; projectPath?: string; name?: string; aside?: boolean };
}

/** SHA-256 of a text's UTF-8 bytes: replied as `{ id, hash }`. The text is kept for the projects that follow. */
export interface HashRequest {
  id: number;
  hash: TextRef;
}

/** The versions' texts of the projects received, each received once. */
const held = new HeldTexts();

self.onmessage = async (event: MessageEvent<SerializeRequest | HashRequest>) => {
  const reply = (self as unknown as DedicatedWorkerGlobalScope).postMessage.bind(self);
  if ('hash' in event.data) {
    // No hash in the reply (a digest that failed here): the page hashes the text itself.
    let text: string | undefined;
    try {
      text = held.resolve([event.data.hash], true)[0];
    } catch {
      text = undefined;
    }
    reply({ id: event.data.id, hash: text === undefined ? undefined : await sha256Hex(text).catch(() => undefined) });
    return;
  }
  const { id, app, indent, post } = event.data;
  let json: string;
  try {
    const texts = held.resolve(event.data.texts);
    const project: Project = { ...event.data.project, versions: event.data.project.versions.map((v, i) => ({ ...v, text: texts[i] })) };
    json = serializeProject(project, { app }, indent);
  } catch {
    // Nothing to write (the caller's promise must settle all the same).
    reply({ id, ...(post ? { posted: false } : {}) });
    return;
  }
  if (!post) {
    reply({ id, json });
    return;
  }
  try {
    const response = await fetch(`${post.base}/api/writeRecovery`, {
      method: 'POST',
      headers: {
        'Content-Type': 'text/plain;charset=utf-8',
        [TOKEN_HEADER]: post.token,
        [BODY_HEADER]: 'json',
        [PARAMS_HEADER]: encodeURIComponent(JSON.stringify({ ...(post.projectPath ? { projectPath: post.projectPath } : {}), ...(post.name ? { name: post.name } : {}), ...(post.aside ? { aside: true } : {}) })),
      },
      body: json,
    });
    // (the handler's refusal comes back as a result, `ok: false`, in a response that is itself fine)
    const result = response.ok ? (decodeWire(await response.text()) as { ok?: unknown } | null) : null;
    reply({ id, posted: result?.ok === true });
  } catch {
    reply({ id, posted: false });
  }
};
