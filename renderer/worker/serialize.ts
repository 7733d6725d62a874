import SerializeWorker from './serialize.worker?worker';
import type { Project } from '../../shared/project/types';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (json: string) => void>();

/** `.selaras` JSON of a project, made in a worker. */
export function serializeInWorker(project: Project, app: { name: string; version: string }, indent = 0): Promise<string> {
  if (!worker) {
    worker = new SerializeWorker();
    worker.onmessage = (event: MessageEvent<{ id: number; json: string }>) => {
      waiting.get(event.data.id)?.(event.data.json);
      waiting.delete(event.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ id, project, app, indent });
  });
}
