/**
 * PLOVER event types and their quad classes, with the CAMEO root code and a
 * Goldstein-style score beside each so that GDELT and ICEWS readers can place
 * an event on the scales they already know.
 */

export const QUAD_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface PloverInfo {
  quadClass: QuadClass;
  label: string;
  /** What the type covers, in a few words (shown as help in the filters). */
  covers: string;
  /** The CAMEO root code(s) the type corresponds to most closely. */
  cameo: string;
  /** A representative Goldstein score (−10 conflict … +10 cooperation). */
  goldstein: number;
}

export const PLOVER: Readonly<Record<PloverType, PloverInfo>> = {
  AGREE: {
    quadClass: 'verbal-cooperation',
    label: 'Agree',
    covers: 'promises, readiness to cooperate',
    cameo: '03',
    goldstein: 4,
  },
  CONSULT: {
    quadClass: 'verbal-cooperation',
    label: 'Consult',
    covers: 'meetings, visits, talks, summits',
    cameo: '04',
    goldstein: 1,
  },
  SUPPORT: {
    quadClass: 'verbal-cooperation',
    label: 'Support',
    covers: 'praise, endorsement, signing agreements',
    cameo: '05',
    goldstein: 3.5,
  },
  CONCEDE: {
    quadClass: 'verbal-cooperation',
    label: 'Concede',
    covers: 'verbal concessions',
    cameo: '08',
    goldstein: 5,
  },
  COOPERATE: {
    quadClass: 'material-cooperation',
    label: 'Cooperate',
    covers: 'joint material cooperation',
    cameo: '06',
    goldstein: 6,
  },
  AID: {
    quadClass: 'material-cooperation',
    label: 'Aid',
    covers: 'material aid',
    cameo: '07',
    goldstein: 7,
  },
  RETREAT: {
    quadClass: 'material-cooperation',
    label: 'Retreat',
    covers: 'withdrawing, releasing, dismantling',
    cameo: '08',
    goldstein: 7,
  },
  REQUEST: {
    quadClass: 'verbal-conflict',
    label: 'Request',
    covers: 'requests, demands, appeals',
    cameo: '02',
    goldstein: -0.5,
  },
  ACCUSE: {
    quadClass: 'verbal-conflict',
    label: 'Accuse',
    covers: 'criticism, blame, allegations',
    cameo: '11',
    goldstein: -2,
  },
  REJECT: {
    quadClass: 'verbal-conflict',
    label: 'Reject',
    covers: 'refusals, rejections',
    cameo: '12',
    goldstein: -4,
  },
  THREATEN: {
    quadClass: 'verbal-conflict',
    label: 'Threaten',
    covers: 'warnings and threats',
    cameo: '13',
    goldstein: -6,
  },
  PROTEST: {
    quadClass: 'material-conflict',
    label: 'Protest',
    covers: 'civilian demonstrations',
    cameo: '14',
    goldstein: -6.5,
  },
  SANCTION: {
    quadClass: 'material-conflict',
    label: 'Sanction',
    covers: 'cutting relations, suspending talks, sanctions',
    cameo: '16',
    goldstein: -5,
  },
  MOBILIZE: {
    quadClass: 'material-conflict',
    label: 'Mobilize',
    covers: 'military posturing, weapons tests',
    cameo: '15',
    goldstein: -7.2,
  },
  COERCE: {
    quadClass: 'material-conflict',
    label: 'Coerce',
    covers: 'repression short of violence',
    cameo: '17',
    goldstein: -7,
  },
  ASSAULT: {
    quadClass: 'material-conflict',
    label: 'Assault',
    covers: 'physical harm and destruction',
    cameo: '18',
    goldstein: -9,
  },
};

export const QUAD_LABELS: Readonly<Record<QuadClass, string>> = {
  'verbal-cooperation': 'Verbal cooperation',
  'material-cooperation': 'Material cooperation',
  'verbal-conflict': 'Verbal conflict',
  'material-conflict': 'Material conflict',
};

/** Whether a quad class is on the cooperation side of the scale. */
export const isCooperation = (q: QuadClass): boolean => q.endsWith('cooperation');
