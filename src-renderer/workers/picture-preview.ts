import { callWorker } from './call-worker.js';

/** Previews made at once: two, as there are two cores on the laptops the app is written for. */
const AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

/**
 * The picture as the editor shows it: a preview at display size made off the page
 * (picture-preview.worker.ts) for a large photo, the picture itself for a small one, or when a
 * preview cannot be made (the picture is then shown as it is, as before).
 */
export async function previewOf(picture: Blob): Promise<Blob> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    const preview = await callWorker<Blob, Blob | null>(
      () =>
        new Worker(new URL('./picture-preview.worker.ts', import.meta.url), {
          type: 'module',
          name: 'picture-preview',
        }),
      picture,
    );
    return preview ?? picture;
  } catch {
    return picture;
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
