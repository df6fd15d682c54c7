import { watchStream } from '../../src/platform/class-server.ts';
import type { Dashboard } from '../../src/server/class-store.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPagePolicy } from '../../src/server/app.ts';
import { purgeExpired } from '../../src/server/class-store.ts';
import { checkRegime, ruleSetOf } from '../../src/model/regime-check.ts';
import { REGIMES } from '../../src/model/regimes/index.ts';
import { startCluster, type Cluster } from '../../src/tools/postgres-cluster.ts';
import { call, classOf, PAGE_POLICY, SPLIT, startServer, type Running } from './helpers/server.ts';

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(() => cluster?.remove());

describe.each(['pglite', 'postgres'] as const)('the class API over %s', (kind) => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer(kind === 'postgres' ? cluster.url : undefined, {
      failedJoins: { max: 3, windowMs: 60_000 },
    });
  });
  afterAll(() => server?.close());
  const at = (route: string) => `${server.url}${route}`;

  it('says which database it runs on', async () => {
    const health = await call(at('/api/health'), 'GET');
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ ok: true, db: kind });
  });

  it("serves the game with the page's own Content-Security-Policy and helmet's headers", async () => {
    const page = await call(at('/'), 'GET');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<main id="app">');
    expect(page.headers.get('content-security-policy')).toBe(PAGE_POLICY.replace(/; /g, ';'));
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('gives a session a six-character code without look-alike characters and a 128-bit teacher key', async () => {
    const created = await call(at('/api/sessions'), 'POST', {
      mode: 'devices',
      length: 'full',
      regimes: ['lanmen_civic'],
    });
    expect(created.status).toBe(201);
    expect(created.json.code).toMatch(/^[ACDEFHJKMNPQRTWXY3479]{6}$/);
    expect(Buffer.from(created.json.teacherKey, 'base64url')).toHaveLength(16);
    expect(created.json.joinPath).toBe(`./?join=${created.json.code}`);
  });

  it('stores only hashes of teacher keys and device tokens', async () => {
    const { teacherKey, devices } = await classOf(server.url, 1);
    const sessions = await server.db.query<{ teacher_key_hash: string }>('select teacher_key_hash from class_sessions');
    const tokens = await server.db.query<{ token_hash: string }>('select token_hash from devices');
    const stored = JSON.stringify([sessions, tokens]);
    expect(stored).not.toContain(teacherKey);
    expect(stored).not.toContain(devices[0].token);
  });

  it('splits the room evenly between the rule sets, at random', async () => {
    const { devices } = await classOf(server.url, 9);
    const counts = SPLIT.map((regime) => devices.filter((device) => device.regime === regime).length);
    expect(counts).toEqual([3, 3, 3]);
  });

  it("plays a class's own rule set beside a preset: the device gets its rules, and so does the projector", async () => {
    const checked = checkRegime({ ...REGIMES.lanmen_civic, name: 'Year 10', appeals: 'pending' });
    if (!checked.ok) throw new Error('the rules should pass');
    const rules = ruleSetOf(checked.regime);
    const created = await call(at('/api/sessions'), 'POST', {
      mode: 'devices',
      length: 'short',
      regimes: [checked.regime.id, 'lanmen_civic'],
      rules: [rules],
    });
    expect(created.status).toBe(201);
    const joined = await Promise.all([1, 2].map(() => call(at('/api/join'), 'POST', { code: created.json.code })));
    const custom = joined.find((reply) => reply.json.regime === checked.regime.id);
    expect(checkRegime(custom?.json.rules)).toEqual(checked);
    expect(joined.find((reply) => reply.json.regime === 'lanmen_civic')?.json.rules).toBeUndefined();
    const dashboard = (await call(at(`/api/sessions/${created.json.code}`), 'GET', undefined, created.json.teacherKey))
      .json;
    expect(dashboard.rules.map((sent: unknown) => checkRegime(sent))).toEqual([checked]);
  });

  it('refuses a session whose own rule sets are wrong or do not match its list of rule sets', async () => {
    const checked = checkRegime({ ...REGIMES.lanmen_civic, name: 'Year 10' });
    if (!checked.ok) throw new Error('the rules should pass');
    const rules = ruleSetOf(checked.regime);
    const create = (regimes: string[], sent: unknown[]) =>
      call(at('/api/sessions'), 'POST', { mode: 'devices', length: 'short', regimes, rules: sent });
    expect((await create([checked.regime.id], [])).status).toBe(400);
    expect((await create(['lanmen_civic'], [rules])).status).toBe(400);
    expect((await create([checked.regime.id], [{ ...rules, base: 1e308 }])).status).toBe(400);
    expect((await create(['custom:<script>'], [])).status).toBe(400);
  });

  it('accepts a code typed in lower case with spaces', async () => {
    const { code } = await classOf(server.url, 0);
    const joined = await call(at('/api/join'), 'POST', { code: ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)}` });
    expect(joined.status).toBe(201);
  });

  it('keeps a nickname only when the teacher turned nicknames on', async () => {
    const off = await classOf(server.url, 0);
    const joined = await call(at('/api/join'), 'POST', { code: off.code, nickname: 'Mei' });
    expect((await call(at('/api/me'), 'GET', undefined, joined.json.token)).json.nickname).toBeNull();
    const on = await call(at('/api/sessions'), 'POST', {
      mode: 'devices',
      length: 'short',
      regimes: ['lanmen_civic'],
      nicknames: true,
    });
    const named = await call(at('/api/join'), 'POST', { code: on.json.code, nickname: 'Mei' });
    expect((await call(at('/api/me'), 'GET', undefined, named.json.token)).json.nickname).toBe('Mei');
  });

  it('counts an answer once however often the device retries it', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 1);
    const answer = { key: 'poll-1-abcdef', kind: 'poll', poll: 'report_the_battery', choice: 'report', chapter: 2 };
    const first = await call(at('/api/answers'), 'POST', answer, devices[0].token);
    const again = await Promise.all([1, 2, 3].map(() => call(at('/api/answers'), 'POST', answer, devices[0].token)));
    expect(first.status).toBe(201);
    expect(again.map((reply) => [reply.status, reply.json.id])).toEqual([1, 2, 3].map(() => [200, first.json.id]));
    const dashboard = (await call(at(`/api/sessions/${code}`), 'GET', undefined, teacherKey)).json;
    expect(dashboard.answers).toBe(1);
    expect(dashboard.byRegime[devices[0].regime].polls).toEqual({ report_the_battery: { report: 1 } });
  });

  it("counts a device's latest answer to a poll when it answers again after taking a choice back", async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 1);
    const poll = { kind: 'poll', poll: 'report_the_battery' };
    await call(at('/api/answers'), 'POST', { ...poll, key: 'first-answer', choice: 'report' }, devices[0].token);
    await call(at('/api/answers'), 'POST', { ...poll, key: 'second-answer', choice: 'keep_quiet' }, devices[0].token);
    const dashboard = (await call(at(`/api/sessions/${code}`), 'GET', undefined, teacherKey)).json;
    expect(dashboard.byRegime[devices[0].regime].polls.report_the_battery).toEqual({ keep_quiet: 1 });
  });

  it('shows joined, playing and finished, endings and scores per rule set on the dashboard', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 3);
    const [a, b] = devices;
    await call(at('/api/answers'), 'POST', { key: 'chapter-one', kind: 'chapter', chapter: 1 }, a.token);
    await call(
      at('/api/answers'),
      'POST',
      { key: 'the-ending', kind: 'ending', ending: 'slow_train', score: 612, tier: 'b' },
      b.token,
    );
    const dashboard = (await call(at(`/api/sessions/${code}`), 'GET', undefined, teacherKey)).json;
    expect(dashboard.people).toEqual({ joined: 3, playing: 1, finished: 1 });
    expect(dashboard.byRegime[b.regime]).toMatchObject({ finished: 1, endings: { slow_train: 1 }, scores: [612] });
  });

  it('shows a student only the class numbers the teacher has revealed', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 2);
    await call(
      at('/api/answers'),
      'POST',
      { key: 'poll-answer', kind: 'poll', poll: 'sign_up', choice: 'yes' },
      devices[0].token,
    );
    const before = (await call(at('/api/me'), 'GET', undefined, devices[1].token)).json;
    expect(before.byRegime[devices[0].regime].polls).toEqual({});
    const revealed = await call(at(`/api/sessions/${code}/reveal`), 'POST', { sections: ['polls'] }, teacherKey);
    expect(revealed.status).toBe(200);
    const after = (await call(at('/api/me'), 'GET', undefined, devices[1].token)).json;
    expect(after.byRegime[devices[0].regime].polls).toEqual({ sign_up: { yes: 1 } });
    expect(after.byRegime[devices[0].regime].endings).toEqual({});
  });

  it('needs the teacher key for everything but joining', async () => {
    const { code, devices } = await classOf(server.url, 1);
    const other = await classOf(server.url, 0);
    for (const [method, route] of [
      ['GET', `/api/sessions/${code}`],
      ['GET', `/api/sessions/${code}/export.csv`],
      ['POST', `/api/sessions/${code}/end`],
      ['DELETE', `/api/sessions/${code}`],
    ]) {
      expect((await call(at(route), method)).status, route).toBe(401);
      expect((await call(at(route), method, undefined, other.teacherKey)).status, route).toBe(403);
      expect((await call(at(route), method, undefined, devices[0].token)).status, route).toBe(403);
    }
  });

  it('streams the dashboard to the projector within a second of an answer', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 1);
    const seen: Dashboard[] = [];
    const stop = watchStream<Dashboard>(at(`/api/sessions/${code}/stream`), teacherKey, 'dashboard', (data) =>
      seen.push(data),
    );
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    const sent = Date.now();
    await call(at('/api/answers'), 'POST', { key: 'streamed-one', kind: 'chapter', chapter: 3 }, devices[0].token);
    await expect.poll(() => seen.some((dashboard) => dashboard.answers === 1), { timeout: 1000 }).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1000);
    stop();
  });

  it('takes the majority of the votes, refuses a locked choice, and lets the teacher break a tie', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 4, ['lanmen_civic'], 'together');
    const choices = [
      { text: 'Pay the fine', locked: false },
      { text: 'Appeal', locked: false },
      { text: 'Fly abroad', locked: true },
    ];
    const round = (await call(at(`/api/sessions/${code}/rounds`), 'POST', { choices, seconds: 30 }, teacherKey)).json;
    expect(round).toMatchObject({ number: 1, open: true, votes: [0, 0, 0] });
    const vote = (device: number, choice: number, round = 1) =>
      call(at('/api/votes'), 'POST', { round, choice }, devices[device].token);
    expect((await vote(0, 2)).status).toBe(400);
    await Promise.all([vote(0, 0), vote(1, 1), vote(2, 0), vote(3, 1)]);
    const tied = await call(at(`/api/sessions/${code}/rounds/1/close`), 'POST', {}, teacherKey);
    expect(tied.status).toBe(409);
    expect(tied.json.error).toMatch(/tied/);
    const closed = await call(at(`/api/sessions/${code}/rounds/1/close`), 'POST', { tieBreak: 1 }, teacherKey);
    expect(closed.json).toMatchObject({ open: false, votes: [2, 2, 0], taken: 1 });
    expect((await vote(0, 1)).status).toBe(409);

    await call(at(`/api/sessions/${code}/rounds`), 'POST', { choices, seconds: 30 }, teacherKey);
    await Promise.all([vote(0, 0, 2), vote(1, 1, 2), vote(2, 0, 2)]);
    const second = await call(at(`/api/sessions/${code}/rounds/2/close`), 'POST', {}, teacherKey);
    expect(second.json).toMatchObject({ taken: 0, votes: [2, 1, 0] });
  });

  it('lets the teacher extend a vote, and closes it by itself when the time is up', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 1, ['lanmen_civic'], 'together');
    const choices = [{ text: 'Wait', locked: false }];
    const round = (await call(at(`/api/sessions/${code}/rounds`), 'POST', { choices, seconds: 5 }, teacherKey)).json;
    const extended = await call(at(`/api/sessions/${code}/rounds/1/extend`), 'POST', { seconds: 20 }, teacherKey);
    expect(Date.parse(extended.json.closesAt) - Date.parse(round.closesAt)).toBeGreaterThanOrEqual(19_000);
    await server.db.query(
      "update rounds set closes_at = now() - interval '1 second' where number = 1 and session_id = (select id from class_sessions where code = $1)",
      [code],
    );
    expect((await call(at('/api/votes'), 'POST', { round: 1, choice: 0 }, devices[0].token)).status).toBe(409);
  });

  it('closes joining when the session ends, and deletes everything at once on request', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 1);
    await call(at('/api/answers'), 'POST', { key: 'before-the-end', kind: 'chapter', chapter: 1 }, devices[0].token);
    expect((await call(at(`/api/sessions/${code}/end`), 'POST', undefined, teacherKey)).status).toBe(200);
    const late = await call(at('/api/join'), 'POST', { code });
    expect(late.status).toBe(409);
    expect(late.json.error).toMatch(/ended/);
    expect((await call(at(`/api/sessions/${code}`), 'DELETE', undefined, teacherKey)).status).toBe(200);
    const left = await server.db.query<{ n: number }>(
      "select (select count(*) from class_sessions where code = $1)::int + (select count(*) from answers where idempotency_key = 'before-the-end')::int as n",
      [code],
    );
    expect(left[0].n).toBe(0);
    expect((await call(at('/api/me'), 'GET', undefined, devices[0].token)).status).toBe(403);
  });

  it('purges sessions that ended longer ago than the retention time, and keeps the rest', async () => {
    const old = await classOf(server.url, 1);
    const recent = await classOf(server.url, 1);
    await server.db.query("update class_sessions set ended_at = now() - interval '8 days' where code = $1", [old.code]);
    await server.db.query("update class_sessions set ended_at = now() - interval '6 days' where code = $1", [
      recent.code,
    ]);
    expect(await purgeExpired(server.db, 7)).toBeGreaterThanOrEqual(1);
    expect((await call(at(`/api/sessions/${old.code}`), 'GET', undefined, old.teacherKey)).status).toBe(403);
    expect((await call(at(`/api/sessions/${recent.code}`), 'GET', undefined, recent.teacherKey)).status).toBe(200);
  });

  it('exports one row per device as CSV and JSON, with no token and no name', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 2);
    await call(
      at('/api/answers'),
      'POST',
      { key: 'csv-poll-answer', kind: 'poll', poll: 'sign_up', choice: 'yes', chapter: 2 },
      devices[0].token,
    );
    await call(
      at('/api/answers'),
      'POST',
      { key: 'csv-ending', kind: 'ending', ending: 'slow_train', score: 540, tier: 'c' },
      devices[0].token,
    );
    const csv = await call(at(`/api/sessions/${code}/export.csv`), 'GET', undefined, teacherKey);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')).toEqual([
      'device,regime,nickname,chapter,ending,score,tier,poll:sign_up',
      `1,${devices[0].regime},,2,slow_train,540,c,yes`,
      `2,${devices[1].regime},,,,,,`,
      '',
    ]);
    const json = await call(at(`/api/sessions/${code}/export.json`), 'GET', undefined, teacherKey);
    expect(json.json.devices[0]).toEqual({
      device: 1,
      regime: devices[0].regime,
      nickname: null,
      chapter: 2,
      ending: 'slow_train',
      score: 540,
      tier: 'c',
      polls: { sign_up: 'yes' },
    });
    expect(json.text).not.toContain(devices[0].token);
  });

  it('refuses joining from an address after too many wrong codes, even with the right code', async () => {
    const { code } = await classOf(server.url, 0);
    const wrong = [];
    for (let i = 0; i < 4; i++) wrong.push((await call(at('/api/join'), 'POST', { code: 'AAAAAA' })).status);
    expect(wrong.slice(0, 3)).toEqual([404, 404, 404]);
    const right = await call(at('/api/join'), 'POST', { code });
    expect(right.status).toBe(429);
    expect(right.json.error).toMatch(/wrong codes/);
  });
});

describe("the page's own policy", () => {
  it('reads the CSP meta tag as the build writes it, quotes as HTML entities', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/gs-policy-`);
    writeFileSync(
      `${dir}/index.html`,
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; img-src &#39;self&#39; data: blob:">',
    );
    expect(readPagePolicy(dir)).toEqual({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'] });
    rmSync(dir, { recursive: true });
  });
});
