// One worker thread of writePngBadges (png-badges.mjs): renders its share of the SVG badges.
import { parentPort, workerData } from 'node:worker_threads';
import { writePngs } from './png-badges.mjs';

parentPort.postMessage(writePngs(workerData));
