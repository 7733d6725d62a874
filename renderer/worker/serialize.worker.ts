/// <reference lib="webworker" />
/** Serialises projects off the UI thread (autosave of a book-length project would stall it). */
import { serializeProject } from '../../shared/project/schema';
import type { Project } from '../../shared/project/types';

self.onmessage = (event: MessageEvent<{ id: number; project: Project; app: { name: string; version: string }; indent: number }>) => {
  const { id, project, app, indent } = event.data;
  (self as unknown as DedicatedWorkerGlobalScope).postMessage({ id, json: serializeProject(project, { app }, indent) });
};
