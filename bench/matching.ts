/**
 * npm run bench:matching [-- --only typical,medium] [--runs N] [--simplex] [--year-check-every K] [--goals-advisory]
 *
 * Times the matching engine (PriorityFlowMatcher) on seeded realistic rounds and checks it against
 * HiGHS: the same placement count as the maximum-placement LP, the same placed set as the LP with
 * strictly decreasing priority weights, the same fit cost as the fit-stage LP of the placed set.
 * Exits non-zero when a check or a goal of issue 8 fails. CI runs typical and medium; large and year are manual.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { MatchingInput, PriorityFlowMatcher, RoundRun, StageTimings } from '../libs/domain/src';
import { generateInstance, INSTANCES } from './generator';
import { fitLp, highsRuntime, Highs, placedPerNomination, placementLp, solveFlowLp } from './highs-lp';
import { playYear, YEAR } from './year';

type Name = 'typical' | 'medium' | 'large' | 'year';
const ALL: Name[] = ['typical', 'medium', 'large', 'year'];

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};

const now = () => performance.now();
const engine = new PriorityFlowMatcher({ timer: now });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms';
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

interface Check {
  what: string;
  ok: boolean;
  detail: string;
}
const failures: string[] = [];
const missedGoals: string[] = [];
/**
 * With --goals-advisory (CI), a missed speed goal is reported but does not fail the run: wall-clock
 * time depends on what else the machine does; the checks (equal to HiGHS) always fail it.
 */
function report(instance: string, checks: Check[]) {
  for (const c of checks) {
    const advisory = !c.ok && c.what.startsWith('goal:') && flag('--goals-advisory');
    console.log(`  ${c.ok ? 'ok  ' : advisory ? 'MISS' : 'FAIL'} ${c.what}: ${c.detail}`);
    if (advisory) missedGoals.push(`${instance}: ${c.what} (${c.detail})`);
    else if (!c.ok) failures.push(`${instance}: ${c.what} (${c.detail})`);
  }
}

/** Engine timing: median per stage over `runs` after `warmup` runs (no outcome kept between timed runs). */
function timeEngine(input: MatchingInput, runs: number, warmup: number): { run: RoundRun; median: StageTimings } {
  for (let k = 0; k < warmup; k++) engine.run(input);
  const all: StageTimings[] = [];
  for (let k = 0; k < runs; k++) all.push(engine.run(input).timings);
  const keys = ['compile', 'placement', 'fit', 'explain', 'total'] as const;
  const med = Object.fromEntries(keys.map((k) => [k, median(all.map((t) => t[k]))])) as unknown as StageTimings;
  return { run: engine.run(input), median: med };
}

/** Wall-clock timings suffer when other processes share the cores: say so. */
function machineLoad(): string {
  const [one] = loadavg();
  const cores = cpus().length;
  return `load average ${one.toFixed(2)} on ${cores} cores${one > cores * 0.75 ? ' (busy: wall-clock timings are inflated)' : ''}`;
}

/** The three HiGHS checks on one round; returns the checks and HiGHS's times. */
function highsChecks(highs: Highs, run: RoundRun, settings: { maxLp: Array<'simplex' | 'ipm'>; priority: 'simplex' | 'ipm'; fit: 'simplex' | 'ipm' }) {
  const r = run.round;
  const checks: Check[] = [];
  const times: Record<string, number> = {};
  const count = placementLp(r, 'count');
  let maxObjective = NaN;
  for (const s of settings.maxLp) {
    const res = solveFlowLp(highs, count, s);
    times[`maxLp.${s}`] = res.solveMs;
    times[`maxLp.${s}.load`] = res.loadMs;
    maxObjective = res.objective;
    checks.push({ what: `placement count = HiGHS max-placement LP (${s})`, ok: res.status === 'Optimal' && Math.round(res.objective) === run.placement.count && Math.abs(res.objective - run.placement.count) < 1e-6, detail: `engine ${run.placement.count}, HiGHS ${res.objective} (${res.status})` });
  }
  void maxObjective;
  const prio = placementLp(r, 'priority');
  const pres = solveFlowLp(highs, prio, settings.priority);
  times['priorityLp'] = pres.solveMs;
  const y = placedPerNomination(prio, pres.colValue);
  let differ = 0;
  let fractional = 0;
  for (let i = 0; i < r.N; i++) {
    if (y[i] > 1e-6 && y[i] < 1 - 1e-6) fractional++;
    if ((y[i] > 0.5 ? 1 : 0) !== run.placement.placed[i]) differ++;
  }
  checks.push({ what: `placed set = HiGHS LP with strictly decreasing priority weights (${settings.priority})`, ok: pres.status === 'Optimal' && differ === 0 && fractional === 0, detail: `${differ} nominations differ, ${fractional} fractional (${pres.status})` });
  const fit = fitLp(r, run.placement.placed);
  const fres = solveFlowLp(highs, fit, settings.fit);
  times['fitLp'] = fres.solveMs;
  times['fitLp.load'] = fres.loadMs;
  checks.push({ what: `fit cost = HiGHS fit-stage LP of the placed set (${settings.fit})`, ok: fres.status === 'Optimal' && Math.abs(fres.objective - run.assignment.cost) < 0.5, detail: `engine ${run.assignment.cost}, HiGHS ${fres.objective} (thousandths; ${fres.status})` });
  return { checks, times };
}

/** Peak memory of one round of `name`, measured in a fresh child process (the input included). */
function probeMemory(name: Name): { maxRss: number; baseRss: number } | undefined {
  const res = spawnSync(process.execPath, [...process.execArgv, __filename, '--probe-memory', name], { encoding: 'utf8', timeout: 600_000 });
  const line = res.stdout.split('\n').find((l) => l.startsWith('{'));
  return line ? JSON.parse(line) : undefined;
}

function memoryProbeMain(name: Name) {
  if (name === 'year') {
    const baseRss = process.memoryUsage().rss;
    playYear(YEAR, (input) => engine.propose(input).proposals);
    console.log(JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, baseRss }));
    return;
  }
  const input = generateInstance(INSTANCES[name]);
  const baseRss = process.memoryUsage().rss;
  engine.run(input);
  console.log(JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, baseRss }));
}

async function runInstance(name: Exclude<Name, 'year'>, highs: Highs) {
  const spec = INSTANCES[name];
  const input = generateInstance(spec);
  const runs = Number(option('--runs') ?? (name === 'typical' ? 41 : name === 'medium' ? 15 : 7));
  const warmup = name === 'large' ? 2 : 10;
  const { run, median: t } = timeEngine(input, runs, warmup);
  const st = run.outcome.stats!;
  const reasons: Record<string, number> = {};
  for (const u of run.outcome.unplaced ?? []) reasons[u.reason] = (reasons[u.reason] ?? 0) + 1;
  console.log(`\n== ${name}: ${spec.nominations} nominations x ${spec.vacancies} vacancies, ${spec.municipalities} municipalities, ${run.round.groups.length} limit groups (seed ${spec.seed})`);
  console.log(`  eligible pairs ${st.eligiblePairs} (${st.pairsHeldBack} held back by the exchange tolerance, ${run.round.adj.length} in the network); placed ${st.placed}; fit cost ${st.fitCost}`);
  console.log(`  unplaced: ${Object.entries(reasons).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  engine (median of ${runs}): total ${ms(t.total)} = compile ${ms(t.compile)} + placement ${ms(t.placement)} + fit ${ms(t.fit)} + explain ${ms(t.explain)}; ${machineLoad()}`);
  console.log(`  placement work: ${run.placement.arcScans} arc scans, ${run.placement.failedSearches} failed searches; fit work: ${run.assignment.dijkstraPops} heap pops, ${run.assignment.relaxations} arc relaxations`);

  const simplexToo = name !== 'large' || flag('--simplex');
  const { checks, times } = highsChecks(highs, run, {
    maxLp: simplexToo ? ['simplex', 'ipm'] : ['ipm'],
    priority: name === 'large' ? 'ipm' : 'simplex',
    fit: name === 'large' ? 'ipm' : 'simplex',
  });
  const ipm = times['maxLp.ipm'];
  const fastest = Math.min(ipm, times['maxLp.simplex'] ?? Infinity);
  console.log(
    `  HiGHS max-placement LP: ipm+crossover ${ms(ipm)}${simplexToo ? `, simplex ${ms(times['maxLp.simplex'])}` : ''} (model load ${ms(times['maxLp.ipm.load'])}); ` +
      `ratio HiGHS fastest / engine placement stage ${(fastest / t.placement).toFixed(0)}x, ipm / placement ${(ipm / t.placement).toFixed(0)}x`,
  );
  console.log(`  HiGHS fit-stage LP: ${ms(times.fitLp)}; ratio HiGHS / engine fit stage ${(times.fitLp / t.fit).toFixed(1)}x, HiGHS / engine whole round ${(times.fitLp / t.total).toFixed(1)}x; priority-weighted LP ${ms(times.priorityLp)}`);
  const mem = probeMemory(name);
  console.log(`  peak RSS of a fresh process generating the input and running one round: ${mem ? mb(mem.maxRss) : 'n/a'} (after generating the input: ${mem ? mb(mem.baseRss) : 'n/a'})`);
  report(name, checks);
  const goals: Check[] = [];
  if (name === 'typical') goals.push({ what: 'goal: typical round <= 10 ms in all', ok: t.total <= 10, detail: ms(t.total) });
  if (name === 'large') {
    goals.push({ what: 'goal: large placement stage <= 100 ms', ok: t.placement <= 100, detail: ms(t.placement) });
    goals.push({ what: "goal: placement stage >= 50x faster than HiGHS's fastest setting (ipm with crossover)", ok: ipm / t.placement >= 50, detail: `${(ipm / t.placement).toFixed(0)}x` });
    goals.push({ what: 'goal: whole large round <= 1 s', ok: t.total <= 1000, detail: ms(t.total) });
    goals.push({ what: 'goal: whole large round faster than HiGHS on the fit-stage LP', ok: t.total < times.fitLp, detail: `${ms(t.total)} vs ${ms(times.fitLp)}` });
    goals.push({ what: 'goal: peak memory of the large round < 300 MB', ok: mem !== undefined && mem.maxRss < 300 * 1048576, detail: mem ? mb(mem.maxRss) : 'not measured' });
  }
  report(name, goals);
}

async function runYear(highs: Highs) {
  const every = Number(option('--year-check-every') ?? 1);
  const roundTimes: number[] = [];
  const stage = { compile: 0, placement: 0, fit: 0, explain: 0 };
  let checked = 0;
  let highsMs = 0;
  let highsFitMs = 0;
  let fitChecked = 0;
  const bad: Check[] = [];
  let maxN = 0;
  let maxV = 0;
  // warm up the engine on the first rounds' shapes
  const t0 = now();
  const summary = playYear(YEAR, (input, k) => {
    const run = engine.run(input);
    roundTimes.push(run.timings.total);
    stage.compile += run.timings.compile;
    stage.placement += run.timings.placement;
    stage.fit += run.timings.fit;
    stage.explain += run.timings.explain;
    maxN = Math.max(maxN, run.round.N);
    maxV = Math.max(maxV, run.round.V);
    if (k % every === 0) {
      checked++;
      const { checks, times } = highsChecks(highs, run, { maxLp: ['simplex'], priority: 'simplex', fit: 'simplex' });
      highsMs += times['maxLp.simplex'];
      highsFitMs += times.fitLp;
      fitChecked += run.timings.fit;
      for (const c of checks) if (!c.ok) bad.push({ ...c, what: `round ${k}: ${c.what}` });
    }
    return run.outcome.proposals;
  });
  const wall = now() - t0;
  const load = machineLoad();
  const total = roundTimes.reduce((s, x) => s + x, 0);
  console.log(`\n== year: ${YEAR.vacancyEvents} vacancy events, queue re-matched after each (${YEAR.municipalities} municipalities, ${YEAR.buurten} buurten, seed ${YEAR.seed})`);
  console.log(`  ${summary.proposals} proposals, ${summary.housed} housed, ${summary.declined} declined or expired; largest round ${maxN} nominations x ${maxV} vacancies; queue at the end ${summary.queueAtEnd}`);
  console.log(
    `  engine: ${ms(total)} over ${roundTimes.length} rounds (compile ${ms(stage.compile)}, placement ${ms(stage.placement)}, fit ${ms(stage.fit)}, explain ${ms(stage.explain)}); ` +
      `median round ${ms(median(roundTimes))}, slowest ${ms(Math.max(...roundTimes))}; wall time with the simulation and checks ${ms(wall)}; ${load}`,
  );
  console.log(
    `  HiGHS on the ${checked} checked rounds (simplex): max-placement LP ${ms(highsMs)} in all, ${(highsMs / (stage.placement * (checked / roundTimes.length))).toFixed(0)}x the engine's placement stage; ` +
      `fit-stage LP ${ms(highsFitMs)}, ${(highsFitMs / fitChecked).toFixed(1)}x the engine's fit stage`,
  );
  const mem = probeMemory('year');
  console.log(`  peak RSS of a fresh process playing the whole year (engine only): ${mem ? mb(mem.maxRss) : 'n/a'}`);
  report('year', [
    { what: `checks on ${checked} rounds: count, placed set and fit cost equal to HiGHS`, ok: bad.length === 0, detail: bad.length === 0 ? 'all equal' : `${bad.length} differ` },
    ...bad.slice(0, 5),
    { what: "goal: a region's year <= 20 s", ok: total <= 20_000, detail: ms(total) },
  ]);
}

async function main() {
  const probe = option('--probe-memory');
  if (probe) return memoryProbeMain(probe as Name);
  const only = option('--only');
  const names = only ? (only.split(',').map((s) => s.trim()) as Name[]) : ALL;
  for (const n of names) if (!ALL.includes(n)) throw new Error(`unknown instance ${n}; known: ${ALL.join(', ')}`);
  const highs = await highsRuntime();
  console.log(`matching benchmark: engine priority-flow-v1 against HiGHS (npm highs, WebAssembly); node ${process.version}`);
  for (const n of names) {
    if (n === 'year') await runYear(highs);
    else await runInstance(n, highs);
  }
  if (missedGoals.length) console.log(`\n${missedGoals.length} speed goal(s) missed (advisory):\n  ${missedGoals.join('\n  ')}`);
  console.log(failures.length === 0 ? `\nall checks${missedGoals.length ? '' : ' and goals'} met` : `\n${failures.length} check(s) or goal(s) failed:\n  ${failures.join('\n  ')}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
