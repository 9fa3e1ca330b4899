'use client';

import { Component, type ReactNode } from 'react';

/** Keeps a failing demo from taking the chapter down: shows the error and a retry button. */
export class DemoErrorBoundary extends Component<{ children: ReactNode; onRetry: () => void }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.warn('demo failed:', error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="demo-error" role="alert">
        <p>演示出错了：{this.state.error.message}</p>
        <button
          type="button"
          onClick={() => {
            this.setState({ error: null });
            this.props.onRetry();
          }}
        >
          重试
        </button>
      </div>
    );
  }
}
