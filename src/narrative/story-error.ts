// The one error a story can raise in play: a broken story is told to the player, not thrown at them.
// Its own module, so code that names it does not load inkjs. Imports nothing.

export class StoryError extends Error {
  override name = 'StoryError';
}
