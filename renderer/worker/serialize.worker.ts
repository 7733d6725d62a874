/// <reference lib="webworker" />
/**
 * Serialises projects off the UI thread (autosave of a book-length project would stall it) and,
 * in the browser edition, also posts the autosave to the bridge from here: sending megabytes
 * from the page itself costs the UI thread a long pause. It also hashes long texts (`HashRequest`).
 */
import { serializeProject } from '../../shared/project/schema';
import type { Project } from '../../shared/project/types';
import { BODY_HEADER, PARAMS_HEADER, TOKEN_HEADER } from '../../shared/api';
import { sha256Hex } from '../state/sha256';

export interface SerializeRequest {
  id: number;
  project: Project;
  app: { name: string; version: string };
  indent: number;
  /** When set, POST the JSON as a `writeRecovery` call to this bridge and reply without it. */
  post?: { base: string; token: string; projectPath?: string };
}

/** SHA-256 of a text's UTF-8 bytes: replied as `{ id, hash }`. */
export interface HashRequest {
  id: number;
  hash: string;
}

self.onmessage = async (event: MessageEvent<SerializeRequest | HashRequest>) => {
  const reply = (self as unknown as DedicatedWorkerGlobalScope).postMessage.bind(self);
  if ('hash' in event.data) {
    // No hash in the reply (a digest that failed here): the page hashes the text itself.
    reply({ id: event.data.id, hash: await sha256Hex(event.data.hash).catch(() => undefined) });
    return;
  }
  const { id, project, app, indent, post } = event.data;
  const json = serializeProject(project, { app }, indent);
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
        [PARAMS_HEADER]: encodeURIComponent(JSON.stringify(post.projectPath ? { projectPath: post.projectPath } : {})),
      },
      body: json,
    });
    reply({ id, posted: response.ok });
  } catch {
    reply({ id, posted: false });
  }
};
