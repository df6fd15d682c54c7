// Keeps the built game playable with the network cut once a kiosk has loaded it, through the
// service worker vite-plugin-pwa writes next to index.html. Imports nothing: the game runs without it.

/** Resolves true once a worker is active, false where there is none; a failure is only a warning. */
export async function keepForOffline(): Promise<boolean> {
  // `npm run dev` writes no sw.js: registering there could only fail.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return false;
  try {
    await navigator.serviceWorker.register('./sw.js', { scope: './' });
    await navigator.serviceWorker.ready;
    return true;
  } catch (error) {
    console.warn('The game could not be kept for offline play; it still plays online.', error);
    return false;
  }
}
