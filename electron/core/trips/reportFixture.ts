// Test helper (not a test): the Deqin trip of September 2018 as trips.get returns it,
// for the .ics export and the printable itinerary. Text with commas, semicolons,
// backslashes, line breaks and HTML characters where users might type them.
import type { Trip } from '../../../shared/trips/contract';

const member = (id: string, name: string, role: Trip['members'][number]['role'], organisation: string | null, phone: string | null) =>
  ({ id, name, role, organisation, phone, contactId: null, staffId: null });

const item = (o: Partial<Trip['items'][number]> & Pick<Trip['items'][number], 'id' | 'kind' | 'startsAt' | 'endsAt'>): Trip['items'][number] => ({
  title: null, place: null, countyId: null, countyName: null, memberIds: [], companyIds: [], localContact: null, localContactPhone: null, track: null, travel: null, notes: null, ...o,
});

export const deqinTrip = (): Trip => ({
  id: 'trip-1',
  title: '赴迪庆州德钦县开展专场招聘',
  prefectureId: 'p-diqing',
  prefectureName: '迪庆州',
  counties: [{ id: 'c-deqin', name: '德钦县' }],
  startDate: '2018-09-17',
  endDate: '2018-09-21',
  purpose: '专场招聘会和职业技能培训',
  status: 'confirmed',
  notes: null,
  copiedFromId: null,
  createdAt: '2018-09-01T08:00:00.000Z',
  updatedAt: '2018-09-01T08:00:00.000Z',
  members: [
    member('m-wang', '王建国', 'bureauStaff', '嘉定区人社局', '13800000001'),
    member('m-li', '李敏', 'bureauStaff', '嘉定区人社局', null),
    member('m-hua', '华亭镇<中心>', 'townCentre', '华亭镇劳动保障服务中心', '13800000002'),
    member('m-shi', '陈老师', 'trainer', '上海市大众工业学校', null),
  ],
  participants: [
    { companyId: 'co-1', companyName: '上海沪工阀门有限公司', verdict: 'approved', overrideReason: null, positions: [{ positionId: 'po-1', title: '装配工', jobTypeId: 'jt-1', jobTypeName: '普工', headcount: 20 }] },
    { companyId: 'co-2', companyName: '大董餐饮 & 管理', verdict: 'approved', overrideReason: null, positions: [] },
  ],
  items: [
    // Stored out of order on purpose: documents list them by time.
    item({ id: 'i-training', kind: 'training', title: '电工技能培训', startsAt: '2018-09-19T14:00', endsAt: '2018-09-19T17:00', place: '德钦县委党校', countyId: 'c-deqin', countyName: '德钦县', memberIds: ['m-li', 'm-shi'] }),
    item({ id: 'i-fly', kind: 'travel', startsAt: '2018-09-17T07:30', endsAt: '2018-09-17T11:45', memberIds: ['m-wang', 'm-li', 'm-hua', 'm-shi'], travel: { mode: 'flight', number: 'MU5903', from: '上海虹桥', to: '迪庆香格里拉' } }),
    item({
      id: 'i-fair', kind: 'jobFair', title: '德钦县专场招聘会; 第一场, 共三场', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00',
      place: '德钦县民族广场', countyId: 'c-deqin', countyName: '德钦县', memberIds: ['m-wang', 'm-hua'], companyIds: ['co-1', 'co-2'],
      localContact: '扎西', localContactPhone: '0887-8412345', track: 'A', notes: '带好横幅\n和宣传册 C:\\资料',
    }),
    item({ id: 'i-hotel', kind: 'lodging', title: '入住', startsAt: '2018-09-17T14:00', endsAt: '2018-09-21T08:00', place: '德钦县梅里大酒店', countyId: 'c-deqin', countyName: '德钦县' }),
  ],
  totals: { companies: 2, companiesWithPositions: 1, positions: 1, headcount: 20, byJobType: [] },
  warnings: [],
});
