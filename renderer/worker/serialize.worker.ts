/// <reference lib="webworker" />
/**
 * Serialises projects off the UI thread (autosave of a book-length project would stall it) and,
 * in the browser edition, also posts the autosave to the bridge from here: sending megabytes
 * from the page itself costs the UI thread a long pause.
 */
import { serializeProject } from '../../shared/project/schema';
import type { Project } from '../../shared/project/types';
import { BODY_HEADER, PARAMS_HEADER, TOKEN_HEADER } from '../../shared/api';

export interface SerializeRequest {
  id: number;
  project: Project;
  app: { name: string; version: string };
  indent: number;
  /** When set, POST the JSON as a `writeRecovery` call to this bridge and reply without it. */
  post?: { base: string; token: string; projectPath?: string };
}

self.onmessage = async (event: MessageEvent<SerializeRequest>) => {
  const { id, project, app, indent, post } = event.data;
  const json = serializeProject(project, { app }, indent);
  const reply = (self as unknown as DedicatedWorkerGlobalScope).postMessage.bind(self);
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
