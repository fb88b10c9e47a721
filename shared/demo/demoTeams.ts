/** An enforcement team 执行团队 of the demo court, led by an enforcement judge. */
export type DemoTeam = {
  id: string;
  name: string;
  /** The demoOfficers id of the team lead 执行团队负责人. */
  leadId: string;
};

/** The demo court's teams. Ids are stable so that demo sign-in and fixtures can refer to them. */
export const demoTeams: readonly DemoTeam[] = [
  { id: 'demo-team-1', name: '执行实施一团队', leadId: 'demo-officer-1' },
  { id: 'demo-team-2', name: '执行实施二团队', leadId: 'demo-officer-6' },
  { id: 'demo-team-3', name: '保全速执团队', leadId: 'demo-officer-11' },
];
