/** A place a demo party comes from: the prefix of its enterprise names and its division codes. */
export type DemoRegion = {
  /** Enterprise-name prefix, e.g. 包头市 or 沈阳. */
  namePrefix: string;
  /** Administrative division codes (GB/T 2260) used in credit codes and resident IDs, with weights. */
  divisions: readonly (readonly [code: string, weight: number])[];
};

/** Districts of Baotou, weighted toward the court's own district (昆都仑区) and its neighbours. */
const BAOTOU_DIVISIONS = [
  ['150203', 10], // 昆都仑区
  ['150204', 5], // 青山区
  ['150202', 4], // 东河区
  ['150207', 3], // 九原区
  ['150221', 2], // 土默特右旗
  ['150222', 1], // 固阳县
  ['150205', 1], // 石拐区
  ['150206', 1], // 白云鄂博矿区
  ['150223', 1], // 达尔罕茂明安联合旗
  ['150200', 2], // 包头市 (city-level registrations)
] as const;

/** Respondents are mostly local: the court hears cases against debtors in its area. */
export const LOCAL_REGIONS: readonly (readonly [DemoRegion, number])[] = [
  [{ namePrefix: '包头市', divisions: BAOTOU_DIVISIONS }, 10],
  [{ namePrefix: '包头', divisions: BAOTOU_DIVISIONS }, 3],
  [{ namePrefix: '内蒙古', divisions: [...BAOTOU_DIVISIONS, ['150000', 6]] }, 3],
];

/** Applicants also come from elsewhere: suppliers, lenders and contractors trading with local firms. */
export const REMOTE_REGIONS: readonly (readonly [DemoRegion, number])[] = [
  [
    {
      namePrefix: '呼和浩特市',
      divisions: [
        ['150102', 1],
        ['150103', 1],
        ['150105', 2],
      ],
    },
    4,
  ],
  [
    {
      namePrefix: '鄂尔多斯市',
      divisions: [
        ['150602', 2],
        ['150603', 1],
      ],
    },
    3,
  ],
  [{ namePrefix: '乌海市', divisions: [['150302', 1]] }, 1],
  [{ namePrefix: '巴彦淖尔市', divisions: [['150802', 1]] }, 1],
  [
    {
      namePrefix: '沈阳',
      divisions: [
        ['210102', 1],
        ['210103', 1],
        ['210106', 1],
      ],
    },
    2,
  ],
  [
    {
      namePrefix: '北京',
      divisions: [
        ['110105', 2],
        ['110108', 2],
        ['110106', 1],
      ],
    },
    2,
  ],
  [{ namePrefix: '天津', divisions: [['120116', 1]] }, 1],
  [
    {
      namePrefix: '石家庄',
      divisions: [
        ['130102', 1],
        ['130104', 1],
      ],
    },
    1,
  ],
  [
    {
      namePrefix: '太原',
      divisions: [
        ['140105', 1],
        ['140106', 1],
      ],
    },
    1,
  ],
  [
    {
      namePrefix: '西安',
      divisions: [
        ['610113', 1],
        ['610104', 1],
      ],
    },
    1,
  ],
  [
    {
      namePrefix: '上海',
      divisions: [
        ['310115', 2],
        ['310104', 1],
      ],
    },
    1,
  ],
  [
    {
      namePrefix: '深圳市',
      divisions: [
        ['440305', 1],
        ['440304', 1],
        ['440300', 1],
      ],
    },
    1,
  ],
];
