// The timeline: incidents per day, week or month as bars (SVG, d3), with a
// brush. Brushing sets the date filter, which filters the map, the list and
// the network; the timeline itself keeps showing every date so the
// selection can move.

const DAY = 86400000;

export function chooseAxis(first, last) {
  const days = (Date.parse(last) - Date.parse(first)) / DAY;
  if (!(days >= 0) || days <= 180) return 'day';
  if (days <= 5 * 366) return 'week';
  return 'month';
}

function bucketEnd(start, axis) {
  const d = new Date(start);
  if (axis === 'day') return new Date(+d + DAY);
  if (axis === 'week') return new Date(+d + 7 * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

const iso = (date) => date.toISOString().slice(0, 10);

export class Timeline {
  constructor(svg, onBrush) {
    this.svg = d3.select(svg);
    this.element = svg;
    this.onBrush = onBrush;
    this.buckets = [];
    this.axis = 'week';
    this.range = null;  // [from, to] as YYYY-MM-DD, or null
    new ResizeObserver(() => this.draw()).observe(svg);
  }

  setData(buckets, axis) {
    this.buckets = buckets;
    this.axis = axis;
    this.draw();
  }

  setRange(range) {
    this.range = range;
    this.drawBrush();
  }

  draw() {
    const rect = this.element.getBoundingClientRect();
    const width = Math.max(100, rect.width), height = Math.max(60, rect.height);
    const margin = {top: 6, right: 10, bottom: 20, left: 36};
    this.svg.attr('viewBox', `0 0 ${width} ${height}`);
    this.svg.selectAll('*').remove();
    const data = this.buckets.map((b) => ({
      start: new Date(`${b.key}T00:00:00Z`), count: b.incidents,
    }));
    if (data.length === 0) {
      this.svg.append('text').attr('x', width / 2).attr('y', height / 2)
          .attr('text-anchor', 'middle').attr('class', 'empty').text('No dated incidents');
      this.x = null;
      return;
    }
    const first = data[0].start, last = bucketEnd(data[data.length - 1].start, this.axis);
    const x = d3.scaleUtc().domain([first, last]).range([margin.left, width - margin.right]);
    const y = d3.scaleLinear().domain([0, d3.max(data, (d) => d.count) || 1]).nice()
        .range([height - margin.bottom, margin.top]);
    this.x = x;
    this.margin = margin;
    this.height = height;
    this.svg.append('g').attr('class', 'bars').selectAll('rect').data(data).join('rect')
        .attr('x', (d) => x(d.start))
        .attr('width', (d) => Math.max(1, x(bucketEnd(d.start, this.axis)) - x(d.start) - 0.5))
        .attr('y', (d) => y(d.count))
        .attr('height', (d) => y(0) - y(d.count))
        .append('title').text((d) => `${iso(d.start)}: ${d.count} incidents`);
    this.svg.append('g').attr('class', 'axis')
        .attr('transform', `translate(0,${height - margin.bottom})`)
        .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
    this.svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`)
        .call(d3.axisLeft(y).ticks(3).tickSizeOuter(0));
    this.brush = d3.brushX()
        .extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
        .on('end', (event) => {
          if (!event.sourceEvent) return;  // moved by setRange
          if (!event.selection) {
            this.range = null;
            this.onBrush(null);
            return;
          }
          const [a, b] = event.selection.map((px) => x.invert(px));
          this.range = [iso(a), iso(new Date(+b - 1))];
          this.onBrush(this.range);
        });
    this.brushGroup = this.svg.append('g').attr('class', 'brush').call(this.brush);
    this.drawBrush();
  }

  drawBrush() {
    if (!this.x || !this.brushGroup) return;
    if (!this.range) {
      this.brushGroup.call(this.brush.move, null);
      return;
    }
    const [lo, hi] = this.x.range();
    const a = this.range[0] ? this.x(new Date(`${this.range[0]}T00:00:00Z`)) : lo;
    const b = this.range[1] ? this.x(new Date(+new Date(`${this.range[1]}T00:00:00Z`) + DAY)) : hi;
    this.brushGroup.call(this.brush.move, [Math.max(lo, Math.min(a, hi)), Math.max(lo, Math.min(b, hi))]);
  }
}
