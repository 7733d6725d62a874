import SerializeWorker from './serialize.worker?worker';
import type { HashRequest, SerializeRequest } from './serialize.worker';
import type { Project } from '../../shared/project/types';
import { sha256Hex } from '../state/sha256';

type Reply = { id: number; json?: string; posted?: boolean; hash?: string };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: Reply) => void>();

function request(req: Omit<SerializeRequest, 'id'> | Omit<HashRequest, 'id'>): Promise<Reply> {
  if (!worker) {
    worker = new SerializeWorker();
    worker.onmessage = (event: MessageEvent<Reply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ ...req, id } satisfies SerializeRequest | HashRequest);
  });
}

/** `.selaras` JSON of a project, made in a worker. */
export async function serializeInWorker(project: Project, app: { name: string; version: string }, indent = 0): Promise<string> {
  return (await request({ project, app, indent })).json ?? '';
}

/** Serialises and posts an autosave to the browser bridge, both from the worker. */
export async function postRecoveryFromWorker(
  project: Project,
  app: { name: string; version: string },
  bridge: { base: string; token: string },
  projectPath?: string,
): Promise<boolean> {
  return !!(await request({ project, app, indent: 0, post: { ...bridge, ...(projectPath ? { projectPath } : {}) } })).posted;
}

/** SHA-256 (hex) of a text's UTF-8 bytes, computed in the worker (see hashText). */
export async function hashInWorker(text: string): Promise<string> {
  return (await request({ hash: text })).hash ?? sha256Hex(text);
}
