// Places the map's geometry carries beside the shapes (written into the world assets by
// build-geometry.mjs), so no table of places ships as page JavaScript.

/**
 * Where to put a country that has no shape at 110m (too small): [longitude, latitude],
 * keyed by ISO alpha-3, with the ISO numeric code.
 */
export const SMALL_STATES = {
  AND: { numeric: '020', at: [1.6, 42.5] },
  ATG: { numeric: '028', at: [-61.8, 17.1] },
  BHR: { numeric: '048', at: [50.55, 26.05] },
  BRB: { numeric: '052', at: [-59.55, 13.15] },
  COM: { numeric: '174', at: [43.3, -11.7] },
  CPV: { numeric: '132', at: [-23.6, 15.1] },
  DMA: { numeric: '212', at: [-61.35, 15.4] },
  FSM: { numeric: '583', at: [158.2, 6.9] },
  GRD: { numeric: '308', at: [-61.7, 12.1] },
  HKG: { numeric: '344', at: [114.17, 22.3] },
  KIR: { numeric: '296', at: [173.0, 1.4] },
  KNA: { numeric: '659', at: [-62.75, 17.3] },
  LCA: { numeric: '662', at: [-60.97, 13.9] },
  LIE: { numeric: '438', at: [9.55, 47.15] },
  MCO: { numeric: '492', at: [7.42, 43.74] },
  MDV: { numeric: '462', at: [73.5, 4.2] },
  MHL: { numeric: '584', at: [171.2, 7.1] },
  MLT: { numeric: '470', at: [14.45, 35.9] },
  MUS: { numeric: '480', at: [57.55, -20.3] },
  NRU: { numeric: '520', at: [166.93, -0.52] },
  PLW: { numeric: '585', at: [134.5, 7.5] },
  SGP: { numeric: '702', at: [103.82, 1.35] },
  SMR: { numeric: '674', at: [12.45, 43.94] },
  STP: { numeric: '678', at: [6.6, 0.3] },
  SYC: { numeric: '690', at: [55.45, -4.65] },
  TON: { numeric: '776', at: [-175.2, -21.2] },
  TUV: { numeric: '798', at: [179.2, -8.5] },
  VAT: { numeric: '336', at: [12.45, 41.9] },
  VCT: { numeric: '670', at: [-61.2, 13.25] },
  WSM: { numeric: '882', at: [-172.1, -13.75] },
};

/**
 * Where arcs start and end, and labels sit, for countries whose shape centroid would
 * mislead (Alaska pulls the US north-west; Russia's centroid lies deep in Siberia, far from
 * its populous west).
 */
export const ANCHORS = {
  USA: [-98, 39],
  RUS: [44, 55],
  CAN: [-100, 56],
  NOR: [9, 61],
  FRA: [2.5, 46.5],
  CHN: [104, 34],
  IDN: [114, -1],
  CHL: [-71, -33],
  NZL: [172, -41],
  GBR: [-1.5, 52.5],
};

/** Where the label goes when it is not the anchor (Russia's name sits over Siberia). */
export const LABEL_AT = {
  RUS: [95, 62],
  USA: [-100, 40],
  CAN: [-105, 60],
};
