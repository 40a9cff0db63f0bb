import { emptyFacts } from '../../src/eval/score.js';
import type { ArticleFacts } from '../../src/types.js';

/** Facts of one article with every field empty except those given. */
export function facts(article: string, fields: Partial<Omit<ArticleFacts, 'article'>> = {}): ArticleFacts {
  return { ...emptyFacts(article), ...fields };
}

/** The gold facts of seeds/000 (../shared/gold/seeds.jsonl, first line): 北京 leading group, 133rd meeting. */
export const SEED_000: ArticleFacts = facts('seeds/000_b964cf4bff8d9a77.txt', {
  published: '2021-11-11T14:57:52+08:00',
  outlet: '新浪财经',
  origin: ['北京日报', '识政'],
  staff: [{ name: '梁斌', role: 'editor' }],
  meetings: [
    {
      id: 'bj-lg-133',
      date: '2021-11-11',
      time_of_day: 'morning',
      bodies: [
        { name: '北京新冠肺炎疫情防控工作领导小组', session: 133 },
        { name: '首都严格进京管理联防联控协调机制', session: 84 },
      ],
      complete: true,
      participants: [
        { name: '蔡奇', role: 'chair', titles: ['市委书记', '防控工作领导小组组长'] },
        { name: '陈吉宁', role: 'attendee', titles: ['市委副书记', '市长', '防控工作领导小组副组长'] },
        { name: '张延昆', role: 'attendee', titles: ['市委副书记', '防控工作领导小组副组长'] },
      ],
    },
  ],
  people: ['蔡奇', '陈吉宁', '张延昆'],
  bodies: [
    {
      name: '北京新冠肺炎疫情防控工作领导小组',
      aka: ['北京市新冠肺炎疫情防控工作领导小组', '北京冠病疫情防控工作领导小组', '防控工作领导小组'],
    },
    { name: '首都严格进京管理联防联控协调机制', aka: [] },
    { name: '北京市委', aka: ['中共北京市委', '中共北京市委员会', '市委'] },
  ],
  places: ['北京市'],
});
