import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GeometryError, loadGeometry, type MapGeometry } from './geometry-loader.js';

/** The map's geometry for the element's current URL: requested once per URL, shared page-wide. */
export class GeometryRequest implements ReactiveController {
  geometry?: MapGeometry;
  error?: GeometryError;
  private url?: string;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdate(): void {}

  /** Starts the request for `url` unless it is the current one. */
  request(url: string, timeoutMs: number): void {
    if (url === this.url) return;
    this.url = url;
    this.geometry = undefined;
    this.error = undefined;
    loadGeometry(url, timeoutMs).then(
      (geometry) => {
        if (this.url !== url) return;
        this.geometry = geometry;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.url !== url) return;
        console.warn('[vae-widgets] vae-city-map:', error);
        this.error = error instanceof GeometryError ? error : new GeometryError('network', url);
        this.host.requestUpdate();
      },
    );
  }
}
