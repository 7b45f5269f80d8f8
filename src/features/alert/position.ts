/*
 * The phone's position, only when the person asks for it. GPS works without data, but a first fix indoors
 * can take minutes: ask for a few seconds at most, and never make sending wait for it (the links are drawn
 * at once, and gain the position if it comes).
 */

/** How long the position is looked for. */
export const POSITION_TIMEOUT_MS = 5000;

/** The position as plain coordinates, 5 decimals (about a metre), or `undefined`. */
export function findPosition(
  geolocation: Geolocation | undefined = navigator.geolocation,
): Promise<string | undefined> {
  if (!geolocation) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const giveUp = setTimeout(() => resolve(undefined), POSITION_TIMEOUT_MS + 500);
    geolocation.getCurrentPosition(
      ({ coords }) => {
        clearTimeout(giveUp);
        resolve(`${coords.latitude.toFixed(5)}, ${coords.longitude.toFixed(5)}`);
      },
      () => {
        clearTimeout(giveUp);
        resolve(undefined);
      },
      // A recent position is good enough, and far quicker than a new fix.
      { enableHighAccuracy: true, timeout: POSITION_TIMEOUT_MS, maximumAge: 60_000 },
    );
  });
}
