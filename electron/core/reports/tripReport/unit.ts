// The issuing unit printed on the brief: the workspace's unit name setting (单位名称).
import type { Db } from '../../db/open';
import { reportIssuer } from '../../workspace/settings';

export { DEFAULT_UNIT_NAME } from '../../../../shared/workspace/schema';

export const reportUnitName = (db: Db): string => reportIssuer(db).unitName;
