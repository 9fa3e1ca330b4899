'use client';

import { useEffect } from 'react';
import { enhanceTerms } from './term-popover';
import './glossary.css';

/** Turns the chapter's term links into definition popovers (see term-popover.ts). Renders nothing. */
export function TermPopover() {
  useEffect(() => enhanceTerms(), []);
  return null;
}
