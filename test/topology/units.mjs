// Runs a committed systemd unit (deploy/systemd) as systemd would, without systemd: its working directory,
// environment and files, and its ExecStart, with the deployment's paths mapped onto this checkout and run's folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { daemon } from './services.mjs';

/** The [Service] settings of a unit file, in order (a key may repeat). */
export function readUnit(file) {
  const settings = [];
  let section = '';
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('[')) section = line;
    else if (section === '[Service]') {
      const eq = line.indexOf('=');
      settings.push([line.slice(0, eq), line.slice(eq + 1)]);
    }
  }
  return settings;
}

function envFile(file) {
  const env = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0 && !line.startsWith('#')) env[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return env;
}

/**
 * The command, folder and environment of `unit` for `instance` (%i), with `paths` mapping the deployment's
 * folders (/opt/sentinel, /etc/sentinel) and programs (/usr/bin/node) onto this machine's.
 */
export function unitCommand(unit, { instance = '', paths }) {
  const mapped = (value) => Object.entries(paths).reduce((v, [from, to]) => v.split(from).join(to), value.replaceAll('%i', instance));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? '/root' };
  let cwd = process.cwd();
  let exec = null;
  for (const [key, value] of readUnit(unit)) {
    if (key === 'WorkingDirectory') cwd = mapped(value);
    else if (key === 'Environment') {
      const eq = value.indexOf('=');
      env[value.slice(0, eq)] = mapped(value.slice(eq + 1));
    } else if (key === 'EnvironmentFile') {
      const optional = value.startsWith('-');
      const file = mapped(optional ? value.slice(1) : value);
      if (fs.existsSync(file)) for (const [k, v] of Object.entries(envFile(file))) env[k] = mapped(v);
      else if (!optional) throw new Error(`${path.basename(unit)}: ${file} is missing`);
    } else if (key === 'ExecStart') exec = mapped(value).split(/\s+/);
  }
  if (!exec) throw new Error(`${path.basename(unit)} has no ExecStart`);
  return { command: exec[0], args: exec.slice(1), cwd, env };
}

/** Runs a oneshot unit to its end; throws with its output when it fails. */
export function runOnce(unit, opts) {
  const { command, args, cwd, env } = unitCommand(unit, opts);
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${path.basename(unit)} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Starts a long-running unit's process, its output appended to `log`. */
export function startService(unit, opts, log) {
  const { command, args, cwd, env } = unitCommand(unit, opts);
  return daemon(command, args, { cwd, env, log });
}
