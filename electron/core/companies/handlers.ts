import { done, type HandlerMap } from '../handlerMap';
import { allTags, listCompanies, similarCompanies } from './repository';
import * as companies from './service';

const byChineseOrder = new Intl.Collator('zh').compare;

export const companyHandlers: HandlerMap<'companies'> = {
  'companies.list': (input, { session }) => listCompanies(session.db, input),
  'companies.get': ({ id }, { session }) => companies.getCompany(session.db, id),
  'companies.create': (input, { session }) => companies.createCompany(session.db, input),
  'companies.update': ({ id, ...v }, { session }) => companies.updateCompany(session.db, id, v),
  'companies.delete': ({ id }, { session }) => (companies.deleteCompany(session.db, id), done),
  'companies.similar': ({ name, excludeId }, { session }) => similarCompanies(session.db, name, excludeId ?? null),
  'companies.tags': (_, { session }) => allTags(session.db).sort(byChineseOrder),
};
