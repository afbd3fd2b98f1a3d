// A chart drawn by Observable Plot, mounted into the page (Plot returns an SVG or a figure).
import { useEffect, useRef } from 'react';

export function PlotChart({ render, label, testId }: { render: () => SVGSVGElement | HTMLElement; label: string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = render();
    box.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [render]);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption><strong>{label}</strong></figcaption>
      <div ref={box} role="img" aria-label={label} />
    </figure>
  );
}
