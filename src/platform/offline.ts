// Keeps the built game playable with the network cut once a kiosk has loaded it, through the
// service worker vite-plugin-pwa writes next to index.html. Imports nothing: the game runs without it.

/**
 * Resolves true once a worker controls the page, false where there is none; a failure is only a
 * warning. `alsoKeep` are files the worker caches as they are fetched, not ahead (the curator's
 * kiosk.json): they are fetched once more under the worker, so they are there with the network cut.
 */
export async function keepForOffline(alsoKeep: readonly string[] = []): Promise<boolean> {
  // Dev serves no worker, and one left from a build would serve stale files over Vite's.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return false;
  try {
    const { serviceWorker } = navigator;
    await serviceWorker.register('./sw.js', { scope: './' });
    await serviceWorker.ready;
    // The worker claims the page a moment after it is ready; only then do fetches pass through it.
    if (!serviceWorker.controller)
      await new Promise((resolve) => serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    await Promise.all(alsoKeep.map((file) => fetch(file, { cache: 'no-cache' })));
    return true;
  } catch (error) {
    console.warn('The game could not be kept for offline play; it still plays online.', error);
    return false;
  }
}
