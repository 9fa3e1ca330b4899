'use client';

import { Component, type ReactNode } from 'react';

/**
 * An error boundary for the page's small client enhancements (contents highlighter, copy-link,
 * anchor landing, demo islands, theme toggle). The chapter is static HTML that reads without
 * JavaScript; if an enhancement throws (a hostile URL, a browser quirk), it is dropped and the
 * prose stays. Without this, React would replace the whole page with its error screen.
 */
export class Enhancement extends Component<{ name: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error) {
    console.warn(`${this.props.name} failed and was switched off:`, error);
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
