/** What a demo user does in a team: lead 执行法官, enforcement officer 执行员, data-entry clerk 书记员. */
export const DEMO_OFFICER_ROLES = ['teamLead', 'officer', 'clerk'] as const;
export type DemoOfficerRole = (typeof DEMO_OFFICER_ROLES)[number];

/** A user of the demo court. */
export type DemoOfficer = {
  id: string;
  name: string;
  teamId: string;
  role: DemoOfficerRole;
};

/**
 * The demo court's users: each team has a lead, three officers and a clerk. Ids are stable ('demo-officer-1'
 * …) so that demo sign-in, fixtures and end-to-end tests can refer to them by id.
 */
export const demoOfficers: readonly DemoOfficer[] = [
  { id: 'demo-officer-1', name: '王建军', teamId: 'demo-team-1', role: 'teamLead' },
  { id: 'demo-officer-2', name: '李海涛', teamId: 'demo-team-1', role: 'officer' },
  { id: 'demo-officer-3', name: '赵晓东', teamId: 'demo-team-1', role: 'officer' },
  { id: 'demo-officer-4', name: '巴特尔', teamId: 'demo-team-1', role: 'officer' },
  { id: 'demo-officer-5', name: '刘丽娜', teamId: 'demo-team-1', role: 'clerk' },
  { id: 'demo-officer-6', name: '陈志刚', teamId: 'demo-team-2', role: 'teamLead' },
  { id: 'demo-officer-7', name: '杨帆', teamId: 'demo-team-2', role: 'officer' },
  { id: 'demo-officer-8', name: '孙磊', teamId: 'demo-team-2', role: 'officer' },
  { id: 'demo-officer-9', name: '周宏伟', teamId: 'demo-team-2', role: 'officer' },
  { id: 'demo-officer-10', name: '吴佳怡', teamId: 'demo-team-2', role: 'clerk' },
  { id: 'demo-officer-11', name: '郭秀兰', teamId: 'demo-team-3', role: 'teamLead' },
  { id: 'demo-officer-12', name: '马俊', teamId: 'demo-team-3', role: 'officer' },
  { id: 'demo-officer-13', name: '高鹏飞', teamId: 'demo-team-3', role: 'officer' },
  { id: 'demo-officer-14', name: '其木格', teamId: 'demo-team-3', role: 'officer' },
  { id: 'demo-officer-15', name: '韩雪', teamId: 'demo-team-3', role: 'clerk' },
];
