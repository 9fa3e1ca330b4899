/**
 * When the "train from scratch" demo pauses by itself: while the demo is off the screen or the tab
 * is in the background, training stops (it would take the reader's CPU or GPU for nothing) and
 * goes on when the reader is back, unless the reader had paused it.
 */

/** Why training is held: the tab is hidden, or the demo is scrolled off the screen. */
export type HoldReason = 'hidden' | 'offscreen';

/** The reason to hold training now, or null; a hidden tab wins (nothing of it is on a screen). */
export function holdReason(tabVisible: boolean, onScreen: boolean): HoldReason | null {
  if (!tabVisible) return 'hidden';
  return onScreen ? null : 'offscreen';
}

/** What the reader reads while training is held. */
export const HOLD_TEXT: Record<HoldReason, string> = {
  offscreen: '已暂停：演示不在屏幕上（回到这里会自动继续）',
  hidden: '已暂停：标签页在后台（回来后会自动继续）',
};

/**
 * One decision, made whenever the tab's visibility or the demo's place on the screen changes.
 * `heldFor` is why training was paused automatically (null: it was not; a pause by the reader is
 * not automatic). Returns the new heldFor and, when training should start or stop, `play`.
 */
export function autoPause(playing: boolean, heldFor: HoldReason | null, reason: HoldReason | null): { heldFor: HoldReason | null; play?: boolean } {
  if (reason !== null) {
    if (playing) return { heldFor: reason, play: false };
    return { heldFor: heldFor === null ? null : reason };
  }
  if (heldFor !== null) return { heldFor: null, play: true };
  return { heldFor: null };
}
