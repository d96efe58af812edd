// The incident map: country outlines from world-atlas drawn with d3-geo on
// a canvas, one dot per incident (area by fatalities, colour by type),
// zoom and pan with d3-zoom, and a click finding the nearest dot through a
// quadtree. A canvas keeps 100,000 dots fast; dots of one type are drawn
// as one path. Outlines are drawn once into an offscreen canvas and moved
// as a picture while zooming, then redrawn sharp when the gesture rests;
// the coarse 1:110m outlines serve the world view, the 1:50m ones close up.
import {fatalityRadius, typeColour} from './types.js';

export class IncidentMap {
  constructor(container, onSelect) {
    this.container = container;
    this.canvas = container.querySelector('canvas');
    this.context = this.canvas.getContext('2d');
    this.onSelect = onSelect;
    this.points = null;  // columnar, as /api/points gives it
    this.projected = [];  // [x, y] per point, in projection space
    this.selected = null;
    this.transform = d3.zoomIdentity;
    this.projection = d3.geoNaturalEarth1();
    this.land = {coarse: null, fine: null};
    this.landCache = null;  // {canvas, t: the transform it was drawn at, k: detail}
    this.zoom = d3.zoom().scaleExtent([1, 400]).on('zoom', (event) => {
      this.transform = event.transform;
      this.requestDraw();
    });
    d3.select(this.canvas).call(this.zoom).on('dblclick.zoom', null);
    this.canvas.addEventListener('click', (event) => this.click(event));
    new ResizeObserver(() => this.resize()).observe(container);
    this.resize();
  }

  async loadOutlines() {
    this.land.coarse = await this.outlines('/vendor/countries-110m.json');
    this.landCache = null;
    this.requestDraw();
  }

  async outlines(path) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const world = await response.json();
    return {
      countries: topojson.feature(world, world.objects.countries),
      borders: topojson.mesh(world, world.objects.countries, (a, b) => a !== b),
    };
  }

  // The outlines for zoom level k (fetching the detailed ones on first need).
  outlinesFor(k) {
    if (k < 3 || !this.land.coarse) return this.land.coarse;
    if (!this.land.fine && !this.loadingFine) {
      this.loadingFine = this.outlines('/vendor/countries-50m.json').then((fine) => {
        this.land.fine = fine;
        this.landCache = null;
        this.requestDraw();
      }).catch(() => {});
    }
    return this.land.fine || this.land.coarse;
  }

  // Draws the outlines at transform t into an offscreen canvas.
  renderLand(t) {
    const land = this.outlinesFor(t.k);
    if (!land) return null;
    const canvas = document.createElement('canvas');
    canvas.width = this.canvas.width;
    canvas.height = this.canvas.height;
    const ctx = canvas.getContext('2d');
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    ctx.translate(t.x, t.y);
    ctx.scale(t.k, t.k);
    const path = d3.geoPath(this.projection, ctx);
    ctx.beginPath();
    path(land.countries);
    ctx.fillStyle = '#f7f5ef';
    ctx.fill();
    ctx.beginPath();
    path(land.borders);
    ctx.lineWidth = 0.6 / t.k;
    ctx.strokeStyle = '#b9b4a8';
    ctx.stroke();
    return {canvas, t, detail: land === this.land.fine};
  }

  resize() {
    const rect = this.container.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    this.width = Math.max(50, rect.width);
    this.height = Math.max(50, rect.height);
    this.canvas.width = Math.round(this.width * ratio);
    this.canvas.height = Math.round(this.height * ratio);
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    this.ratio = ratio;
    this.fit();
  }

  // Fits the projection to the points (or the world) and reprojects.
  fit() {
    const p = this.points;
    let extent = {type: 'Sphere'};
    if (p && p.key.length > 0) {
      const lons = p.lon, lats = p.lat;
      let minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
      for (let i = 0; i < lons.length; i++) {
        if (lons[i] < minLon) minLon = lons[i];
        if (lons[i] > maxLon) maxLon = lons[i];
        if (lats[i] < minLat) minLat = lats[i];
        if (lats[i] > maxLat) maxLat = lats[i];
      }
      const pad = Math.max(2, 0.15 * Math.max(maxLon - minLon, maxLat - minLat));
      minLon = Math.max(-180, minLon - pad);
      maxLon = Math.min(180, maxLon + pad);
      minLat = Math.max(-85, minLat - pad);
      maxLat = Math.min(85, maxLat + pad);
      extent = {
        type: 'Polygon',
        coordinates: [[[minLon, minLat], [minLon, maxLat], [maxLon, maxLat], [maxLon, minLat],
          [minLon, minLat]]],
      };
    }
    this.projection.fitExtent([[8, 8], [this.width - 8, this.height - 8]], extent);
    this.landCache = null;
    this.project();
  }

  project() {
    const p = this.points;
    this.projected = [];
    if (p) {
      for (let i = 0; i < p.key.length; i++) {
        const xy = this.projection([p.lon[i], p.lat[i]]) || [NaN, NaN];
        this.projected.push(xy);
      }
    }
    this.tree = d3.quadtree()
        .x((i) => this.projected[i][0])
        .y((i) => this.projected[i][1])
        .addAll(this.projected.map((_, i) => i).filter((i) => isFinite(this.projected[i][0])));
    this.requestDraw();
  }

  setPoints(points) {
    this.points = points;
    const groups = new Map();
    for (let i = 0; i < points.key.length; i++) {
      const r = fatalityRadius(points.fatalities[i]);
      const id = `${points.type[i]}|${r}`;
      let group = groups.get(id);
      if (!group) {
        group = {type: points.types[points.type[i]], r, indices: []};
        groups.set(id, group);
      }
      group.indices.push(i);
    }
    this.groups = [...groups.values()].sort((a, b) => b.r - a.r);
    this.transform = d3.zoomIdentity;
    d3.select(this.canvas).call(this.zoom.transform, d3.zoomIdentity);
    this.fit();
  }

  select(key) {
    this.selected = key;
    this.requestDraw();
  }

  requestDraw() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.draw();
    });
  }

  draw() {
    const ctx = this.context;
    const t = this.transform;
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    ctx.fillStyle = '#dde8f0';
    ctx.fillRect(0, 0, this.width, this.height);
    const cache = this.landCache;
    const same = cache && cache.t.k === t.k && cache.t.x === t.x && cache.t.y === t.y;
    if (same) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(cache.canvas, 0, 0);
      ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    } else if (cache) {
      // The last picture, moved and scaled to the new view; sharp again
      // once the view rests.
      const scale = t.k / cache.t.k;
      ctx.save();
      ctx.translate(t.x - cache.t.x * scale, t.y - cache.t.y * scale);
      ctx.scale(scale / this.ratio, scale / this.ratio);
      ctx.drawImage(cache.canvas, 0, 0);
      ctx.restore();
      clearTimeout(this.landTimer);
      this.landTimer = setTimeout(() => {
        this.landCache = this.renderLand(this.transform) || this.landCache;
        this.requestDraw();
      }, 150);
    } else {
      this.landCache = this.renderLand(t);
      if (this.landCache) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.drawImage(this.landCache.canvas, 0, 0);
        ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
      }
    }

    const p = this.points;
    if (!p || !this.groups) return;
    // One path per type and size class (grouped once per data set), larger
    // dots first so small ones stay visible; with many dots on screen the
    // smallest are drawn as squares, which is several times faster.
    const many = p.key.length > 20000;
    ctx.globalAlpha = 0.72;
    ctx.lineWidth = 0.5;
    ctx.strokeStyle = 'rgba(255,255,255,0.8)';
    const w = this.width + 30, h = this.height + 30;
    for (const g of this.groups) {
      const r = g.r;
      const square = many && r <= 3;
      ctx.beginPath();
      for (const i of g.indices) {
        const xy = this.projected[i];
        const x = xy[0] * t.k + t.x, y = xy[1] * t.k + t.y;
        if (!(x >= -30 && y >= -30 && x <= w && y <= h)) continue;
        if (square) {
          ctx.rect(x - r, y - r, 2 * r, 2 * r);
        } else {
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, 2 * Math.PI);
        }
      }
      ctx.fillStyle = typeColour(g.type);
      ctx.fill();
      if (r > 4) ctx.stroke();
    }
    ctx.globalAlpha = 1;
    if (this.selected !== null) {
      const i = p.key.indexOf(this.selected);
      if (i >= 0) {
        const [x0, y0] = this.projected[i];
        const r = fatalityRadius(p.fatalities[i]) + 4;
        ctx.beginPath();
        ctx.arc(x0 * t.k + t.x, y0 * t.k + t.y, r, 0, 2 * Math.PI);
        ctx.lineWidth = 3;
        ctx.strokeStyle = '#111';
        ctx.stroke();
      }
    }
  }

  // The point nearest a click, within its dot (at least 8 px).
  click(event) {
    if (!this.points || !this.tree) return;
    const rect = this.canvas.getBoundingClientRect();
    const [x, y] = this.transform.invert([event.clientX - rect.left, event.clientY - rect.top]);
    const i = this.tree.find(x, y, 24 / this.transform.k);
    if (i === undefined) return;
    const [px, py] = this.projected[i];
    const distance = Math.hypot(px - x, py - y) * this.transform.k;
    if (distance > Math.max(8, fatalityRadius(this.points.fatalities[i]) + 2)) return;
    this.onSelect(this.points.key[i]);
  }

  // Where incident `key` is drawn, in page coordinates (for tests and
  // keyboard users' "show on map"); null when not on the map.
  screenPosition(key) {
    if (!this.points) return null;
    const i = this.points.key.indexOf(key);
    if (i < 0) return null;
    const [x0, y0] = this.projected[i];
    const rect = this.canvas.getBoundingClientRect();
    return {
      x: rect.left + x0 * this.transform.k + this.transform.x,
      y: rect.top + y0 * this.transform.k + this.transform.y,
    };
  }
}
