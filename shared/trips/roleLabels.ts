// The names of delegation roles, in the app's two languages: the one source for the trip
// screens (renderer i18n), the printed itinerary and the trip report, so a role never prints
// under a different name than the one the user picked (局机关工作人员 had printed as
// 人社局工作人员).
import type { MemberRole } from './schema';

export const MEMBER_ROLE_LABELS = {
  zh: { bureauStaff: '局机关工作人员', companyRep: '企业代表', townCentre: '街镇劳动保障服务中心', trainer: '培训教师', hrAgency: '人力资源机构', partnerOfficial: '对口地区工作人员' },
  en: { bureauStaff: 'Bureau staff', companyRep: 'Company representative', townCentre: 'Town labour-service centre', trainer: 'Trainer', hrAgency: 'HR agency', partnerOfficial: 'Partner official' },
} as const satisfies Record<'zh' | 'en', Record<MemberRole, string>>;
