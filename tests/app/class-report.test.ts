import { describe, expect, it } from 'vitest';
import { reportToClass, type ClassReport } from '../../src/app/class-report';
import { fixtureSession } from '../helpers/sessions';

describe('reporting to a live class', () => {
  it('reports the chapter, the answer at each key decision, and the ending with score and tier', () => {
    const reports: ClassReport[] = [];
    const session = reportToClass(fixtureSession(), (report) => reports.push(report));
    session.newGame();
    session.choose(1);
    session.choose(1);
    expect(session.view.screen).toBe('ending');
    expect(reports.map((report) => report.kind)).toEqual(['chapter', 'poll', 'ending']);
    const [, poll, ending] = reports;
    expect(poll).toMatchObject({ kind: 'poll', poll: 'red_light' });
    expect((poll as { choice: string }).choice.length).toBeGreaterThan(0);
    if (session.view.screen !== 'ending') throw new Error('not at the ending');
    expect(ending).toEqual({
      kind: 'ending',
      ending: session.view.ending,
      score: session.view.hud.score,
      tier: session.view.hud.tier,
      chapter: session.view.beat.chapter,
    });
  });

  it('reports no words of the story, no seed and nothing typed', () => {
    const reports: ClassReport[] = [];
    const session = reportToClass(fixtureSession(), (report) => reports.push(report));
    session.newGame();
    session.choose(1);
    session.choose(1);
    const said = JSON.stringify(reports);
    expect(said).not.toMatch(/Wait for green|seed/);
  });

  it('never reports a locked choice the story refuses', () => {
    const reports: ClassReport[] = [];
    const session = reportToClass(fixtureSession(), (report) => reports.push(report));
    session.newGame();
    session.choose(0);
    session.choose(0);
    expect(reports.filter((report) => report.kind === 'poll')).toHaveLength(1);
  });
});
