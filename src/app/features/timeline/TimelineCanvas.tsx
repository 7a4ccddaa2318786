/**
 * The canvas the marks are painted on. React owns the element; a layout
 * effect repaints it after every render (every zoom frame), at the screen's
 * pixel density. Where there is no 2D canvas (jsdom) nothing is painted and
 * the accessible layer above still works.
 */
import { useLayoutEffect, useRef } from 'react';
import { drawScene, type DrawInput } from './draw';
import { usePalette } from './usePalette';

export interface TimelineCanvasProps {
  input: Omit<DrawInput, 'palette' | 'dpr'>;
  /** Called after each paint: the timeline is drawn. */
  onDrawn: () => void;
}

const canPaint = () => typeof CanvasRenderingContext2D !== 'undefined';

export function TimelineCanvas({ input, onDrawn }: TimelineCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const palette = usePalette(ref);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(input.width * dpr));
    const h = Math.max(1, Math.round(input.height * dpr));
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const ctx = canPaint() ? canvas.getContext('2d') : null;
    if (ctx) drawScene(ctx, { ...input, palette, dpr });
    onDrawn();
  });
  return (
    <canvas
      ref={ref}
      className="tl-canvas"
      aria-hidden="true"
      style={{ width: input.width, height: input.height, marginBottom: -input.height }}
    />
  );
}
