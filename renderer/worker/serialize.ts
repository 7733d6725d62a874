import SerializeWorker from './serialize.worker?worker';
import type { HashRequest, SerializeRequest } from './serialize.worker';
import type { Project } from '../../shared/project/types';
import { sha256Hex } from '../state/sha256';
import { SentTexts } from './text-refs';

type Reply = { id: number; json?: string; posted?: boolean; hash?: string };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: Reply) => void>();
/** The versions' texts the worker holds: each is copied to it once, not on every autosave. */
const sent = new SentTexts();

/** A project as the worker takes it: the versions' texts apart, as refs. */
function projectRequest(project: Project): Pick<SerializeRequest, 'project' | 'texts'> {
  return { project: { ...project, versions: project.versions.map((v) => ({ ...v, text: '' })) }, texts: sent.send(project.versions.map((v) => v.text)) };
}

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
  const { json } = await request({ ...projectRequest(project), app, indent });
  if (json === undefined) throw new Error('the project could not be serialised');
  return json;
}

/** Serialises and posts an autosave to the browser bridge, both from the worker (`aside`: see the API's `writeRecovery`). */
export async function postRecoveryFromWorker(
  project: Project,
  app: { name: string; version: string },
  bridge: { base: string; token: string },
  projectPath?: string,
  name = '',
  aside = false,
): Promise<boolean> {
  return !!(await request({ ...projectRequest(project), app, indent: 0, post: { ...bridge, ...(projectPath ? { projectPath } : {}), ...(name ? { name } : {}), ...(aside ? { aside } : {}) } })).posted;
}

/** SHA-256 (hex) of a text's UTF-8 bytes, computed in the worker (see hashText). */
export async function hashInWorker(text: string): Promise<string> {
  // The text stays in the worker: the project's autosave that follows need not send it again.
  return (await request({ hash: sent.send([text], true)[0] })).hash ?? sha256Hex(text);
}
