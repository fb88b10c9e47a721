import { describe, expect, it } from 'vitest';
import { demoOfficers } from './demoOfficers';
import { demoTeams } from './demoTeams';

describe('demoOfficers and demoTeams', () => {
  it('have stable, unique ids', () => {
    expect(demoOfficers.map((o) => o.id)).toEqual(demoOfficers.map((_, i) => `demo-officer-${i + 1}`));
    expect(new Set(demoTeams.map((t) => t.id)).size).toBe(demoTeams.length);
  });

  it('give every officer a Chinese name and an existing team', () => {
    const teamIds = new Set(demoTeams.map((t) => t.id));
    for (const o of demoOfficers) {
      expect(o.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(teamIds.has(o.teamId), o.id).toBe(true);
    }
  });

  it('staff at least two teams, each with exactly one lead (its leadId) and at least three officers', () => {
    expect(demoTeams.length).toBeGreaterThanOrEqual(2);
    for (const team of demoTeams) {
      const members = demoOfficers.filter((o) => o.teamId === team.id);
      const leads = members.filter((o) => o.role === 'teamLead');
      expect(leads.map((o) => o.id)).toEqual([team.leadId]);
      expect(members.filter((o) => o.role === 'officer').length).toBeGreaterThanOrEqual(3);
    }
  });
});
