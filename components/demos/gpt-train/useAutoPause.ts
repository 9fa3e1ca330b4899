'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { autoPause, holdReason, type HoldReason } from '@/lib/demos/gpt-train/pause';

/**
 * Pauses training while the demo is off the screen (an IntersectionObserver on `target`) or the
 * tab is hidden (visibilitychange), and resumes it when both are back, unless the reader paused it
 * in the meantime (see autoPause). Returns why it is held now (null: it is not) and `release`,
 * which the reader's own play, pause, step and reset call: after them, nothing resumes by itself.
 */
export function useAutoPause(target: RefObject<Element | null>, playing: boolean, setPlaying: (on: boolean) => void) {
  const [heldFor, setHeldFor] = useState<HoldReason | null>(null);
  const now = useRef({ playing, heldFor: null as HoldReason | null, onScreen: true, tabVisible: true });
  useEffect(() => {
    now.current.playing = playing;
  }, [playing]);

  const decide = useCallback(() => {
    const s = now.current;
    const next = autoPause(s.playing, s.heldFor, holdReason(s.tabVisible, s.onScreen));
    s.heldFor = next.heldFor;
    setHeldFor(next.heldFor);
    if (next.play !== undefined) {
      s.playing = next.play;
      setPlaying(next.play);
    }
  }, [setPlaying]);

  useEffect(() => {
    const el = target.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      now.current.onScreen = entries[entries.length - 1].isIntersecting;
      decide();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [target, decide]);

  useEffect(() => {
    const changed = () => {
      now.current.tabVisible = document.visibilityState !== 'hidden';
      decide();
    };
    changed();
    document.addEventListener('visibilitychange', changed);
    return () => document.removeEventListener('visibilitychange', changed);
  }, [decide]);

  const release = useCallback(() => {
    now.current.heldFor = null;
    setHeldFor(null);
  }, []);
  return { heldFor, release };
}
