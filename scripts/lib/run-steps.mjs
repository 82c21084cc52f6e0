// Runs a pipeline's steps in order, each a command naming what it reads and
// writes, and stops at the first failure (a later step reads an earlier one's output).
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{label: string, command: string, args: string[], inputs: string[], outputs: string[]}} Step
 * @param {string} pipeline its name, in the log lines
 * @param {Step[]} steps
 * @param {{cwd?: string}} [options]
 * @returns {boolean} every step passed
 */
export function runSteps(pipeline, steps, { cwd } = {}) {
  for (const { label, command, args } of steps) {
    const started = performance.now();
    const result = spawnSync(command, args, { stdio: 'inherit', cwd });
    if (result.status !== 0) {
      console.error(`${pipeline}: ${label} failed`);
      return false;
    }
    console.log(`${pipeline}: ${label} done in ${Math.round(performance.now() - started)} ms`);
  }
  return true;
}
