import type { Translations } from './zh';

// English. Typed against zh.ts so a missing or extra key fails the build.
export const en: Translations = {
  app: {
    title: 'Liaison Desk',
    workspace: 'Workspace: {{name}}',
    noUser: 'Who am I?',
    switchLanguage: '中文',
    readOnly: 'This workspace file is damaged and can only be viewed, not changed. Open a backup instead ({{problem}}).',
  },
  nav: { label: 'Main navigation', companies: 'Companies', visits: 'Visits', followUps: 'Follow-ups', trash: 'Trash', settings: 'Settings' },
  common: {
    add: 'Add', all: 'All', back: 'Back', cancel: 'Cancel', delete: 'Delete', edit: 'Edit', loading: 'Loading…', no: 'No', yes: 'Yes',
    noMatch: 'No match', notSet: '(not set)', remove: 'Remove', rename: 'Rename', retry: 'Retry', save: 'Save', saved: 'Saved',
    unknown: 'Unknown', yuan: 'yuan',
  },
  status: { candidate: 'Candidate', visited: 'Visited', vetting: 'In vetting', approved: 'Approved', conditional: 'Conditional', rejected: 'Rejected', suspended: 'Suspended' },
  companies: {
    title: 'Companies', count: '{{formatted}} in total', new: 'New company', search: 'Search companies', searchPlaceholder: 'Search name, credit code, address, contacts, notes or pinyin initials',
    sort: 'Sort', sortBy: { name: 'Name (pinyin)', lastVisit: 'Last visit', status: 'Status' },
    clearFilters: 'Clear filters', empty: 'No companies yet', emptyHint: 'Register a company you plan to visit.',
    noMatch: 'No company matches', noMatchHint: 'Try other words or clear the filters.',
  },
  company: {
    name: 'Company name', creditCode: 'Unified social credit code', creditCodeHint: '18 characters, optional', status: 'Status', town: 'Town / sub-district', industry: 'Industry',
    headcount: 'Employees', address: 'Address', tags: 'Tags', tagsHint: 'Type and press Enter', notes: 'Notes', contacts: 'Contacts',
    noContacts: 'No contacts', lastVisit: 'Last visit', neverVisited: 'Not visited', similar: 'Companies with a similar name exist. Make sure this is not one of them:',
  },
  contact: { name: 'Name', role: 'Role', phone: 'Phone', note: 'Note', add: 'Add contact', remove: 'Delete this contact', privacy: 'Record only what the work needs, never ID-card numbers. Deleting a contact removes them completely.' },
  companyForm: { newTitle: 'New company', editTitle: 'Edit: {{name}}', basics: 'Basic facts', tagsNotes: 'Tags and notes' },
  companyDetail: {
    facts: 'Company facts', logVisit: 'Log a visit', deleteTitle: 'Delete this company?', deleteBody: '“{{name}}” and its visits move to the trash; you can restore them at any time.',
    deleted: '“{{name}}” moved to the trash',
  },
  timeline: { title: 'Visit timeline', empty: 'No visits yet', emptyHint: 'Use “Log a visit” to record the first visit.' },
  visit: {
    company: 'Company', date: 'Visit date', staff: 'Staff who went', purpose: 'Purpose',
    business: 'Business situation', businessHint: 'Output, orders, outlook, hiring needs…',
    environment: 'Working environment', environmentHint: 'Workshop, noise and dust, protection, workload…',
    wages: 'Wages and benefits', wagesHint: 'Pay structure, pay day, social insurance, overtime…',
    lodging: 'Food and lodging', lodgingHint: 'Dormitory, people per room, canteen, hot water, distance…',
    payMin: 'Monthly pay from', payMax: 'Monthly pay to', dormProvided: 'Dormitory', peoplePerRoom: 'People per room', mealsProvided: 'Meals', notes: 'Other notes',
  },
  visitForm: {
    newTitle: 'Log a visit', editTitle: 'Edit visit', who: 'Visit', observations: 'What we saw',
    deleteTitle: 'Delete this visit?', deleteBody: 'The visit moves to the trash and can be restored.', deleted: 'Visit moved to the trash',
  },
  visits: {
    title: 'Visits', count: '{{formatted}} in total', new: 'Log a visit', search: 'Search visits', searchPlaceholder: 'Search company names or what was noted',
    from: 'From', to: 'To', openFollowUps: 'Open', empty: 'No visits yet', emptyHint: 'Open a company and use “Log a visit”.', noMatch: 'No visit matches',
  },
  followUp: {
    title: 'Follow-up actions', what: 'Action', who: 'Who', dueDate: 'Due date', done: 'Done', add: 'Add follow-up', remove: 'Delete this action',
    none: 'No follow-up actions', due: 'by {{date}}',
  },
  followUps: {
    title: 'Follow-ups', subtitle: 'Actions agreed during visits', overdue: 'Overdue', open: 'Open', all: 'All', fromVisit: 'From visit',
    markDone: 'Mark “{{what}}” as done', empty: { overdue: 'Nothing overdue', open: 'No open follow-ups', all: 'No follow-ups yet' },
  },
  trash: {
    title: 'Trash', subtitle: 'Deleted companies and visits wait here and can be restored', kind: 'Kind', what: 'Record', deletedAt: 'Deleted',
    kinds: { company: 'Company', visit: 'Visit' }, restore: 'Restore', purge: 'Delete for good', empty: 'The trash is empty',
    restored: '“{{title}}” restored', purged: '“{{title}}” deleted for good', purgeTitle: 'Delete for good?', purgeBody: '“{{title}}” will be removed permanently.',
  },
  settings: {
    title: 'Settings', emptyList: 'The list is empty', inUse: 'used by {{count}}', removed: '“{{name}}” removed',
    me: { title: 'Who am I', hint: 'Visits and the change history record your name.', label: 'Current user' },
    language: { title: 'Language' },
    workspace: {
      title: 'Workspace file', hint: 'One file holds all the data. Create or open another workspace, or save a copy as a backup.', create: 'New workspace…', open: 'Open workspace…',
      saveCopy: 'Save a copy…', copied: 'Copy saved to {{path}}', opened: 'Opened workspace “{{name}}”',
    },
    staff: {
      title: 'Staff', hint: 'Members of the working group. Deactivate colleagues who leave; their records stay.', name: 'Name', jobTitle: 'Title', phone: 'Phone', add: 'Add staff member',
      edit: 'Edit staff member', empty: 'No staff yet', me: 'me', inactive: 'inactive', deactivate: 'Deactivate', reactivate: 'Reactivate',
    },
    town: { title: 'Towns and sub-districts', hint: 'Where companies are (editable)', new: 'New town' },
    industry: { title: 'Industries', hint: 'What companies do (editable)', new: 'New industry' },
  },
  whoAmI: {
    title: 'Welcome to Liaison Desk', body: 'First, tell us who you are. Visits and the change history record your name; you can change it in Settings.',
    pick: 'Pick from the staff list', newName: 'Or type your name', newNameHint: 'You will be added to the staff list', confirm: 'Start',
  },
  draft: { restored: 'Your unsaved draft from last time was restored.', discard: 'Discard draft' },
  unsaved: { title: 'Unsaved changes', body: 'If you leave, the draft is kept and you can continue next time.', stay: 'Stay', discard: 'Discard changes', keepDraft: 'Leave and keep draft' },
  audit: {
    title: 'Change history', empty: 'No changes recorded', unknownUser: 'unknown user',
    action: { create: 'Created by {{who}}', update: 'Changed by {{who}}', delete: 'Deleted by {{who}}', restore: 'Restored by {{who}}', purge: 'Deleted for good by {{who}}' },
    field: {
      name: 'name', creditCode: 'credit code', townId: 'town', industryId: 'industry', headcount: 'employees', address: 'address', tags: 'tags', status: 'status',
      notes: 'notes', contacts: 'contacts', visitDate: 'visit date', companyId: 'company', staffIds: 'staff', purpose: 'purpose', business: 'business situation',
      environment: 'working environment', wages: 'wages', lodging: 'food and lodging', payMin: 'pay from', payMax: 'pay to', dormProvided: 'dormitory',
      peoplePerRoom: 'people per room', mealsProvided: 'meals', followUps: 'follow-ups', done: 'done', title: 'title', phone: 'phone',
    },
  },
  errors: {
    validation: 'Some entries need attention; see the fields marked in red.', required: 'Required', invalidType: 'Wrong kind of value (expected {{expected}})', tooShort: 'At least {{minimum}} characters',
    tooLong: 'At most {{maximum}} characters', tooSmall: 'Must be at least {{minimum}}', tooBig: 'Must be at most {{maximum}}', tooFewItems: 'Choose at least {{minimum}}',
    tooManyItems: 'At most {{maximum}} items', invalidFormat: 'Wrong format', wholeNumber: 'Enter a whole number', unknownField: 'Unknown field: {{keys}}', invalidValue: 'Invalid value',
    invalidDate: 'Enter a valid date', format: { date: 'Enter a valid date' },
    creditCodeLength: 'A unified social credit code has 18 characters', creditCodeCharacters: 'The credit code contains characters that are not allowed (I, O, S, V, Z are never used)',
    creditCodeChecksum: 'The check character does not match; please check the last character', companyNameTaken: 'A company named “{{name}}” already exists', creditCodeTaken: 'Another company already has this credit code',
    statusMoveNotAllowed: 'The status cannot change directly to this one', unknownLookup: 'The chosen item is no longer on the list', unknownTown: 'The chosen town is not on the list',
    unknownIndustry: 'The chosen industry is not on the list', lookupNameTaken: '“{{name}}” is already on the list', lookupNotFound: 'List item not found',
    companyNotFound: 'Company not found (it may have been deleted)', visitNotFound: 'Visit not found (it may have been deleted)', followUpNotFound: 'Follow-up not found',
    staffNotFound: 'Staff member not found', unknownStaff: 'Not on the staff list, or deactivated', unknownCompany: 'Choose a company from the register',
    payRangeUpsideDown: 'The upper pay limit cannot be below the lower one', peoplePerRoomWithoutDorm: 'Leave people per room empty when there is no dormitory', visitInFuture: 'A visit cannot be dated after today',
    dateRangeUpsideDown: 'The end date cannot be before the start date', restoreCompanyFirst: 'Restore the company “{{company}}” from the trash first',
    noWorkspace: 'No workspace is open', workspaceTooNew: 'This workspace was made by a newer version of the app (version {{version}}); please update the app', workspaceUnreadable: 'This file cannot be opened; it may not be a workspace',
    copyOntoItself: 'A copy cannot be saved over the open workspace', workspaceReadOnly: 'This workspace is damaged and read-only', workspaceBusy: 'The workspace is busy; try again',
    duplicate: 'Duplicates an existing record', internal: 'Something unexpected went wrong; nothing was changed. Please try again.', unknownChannel: 'Internal error: unknown operation', bridgeDown: 'Lost the connection to the app’s back end; please restart the app',
    code: { VALIDATION: 'Some entries need attention', NOT_FOUND: 'Not found', CONFLICT: 'Conflicts with an existing record', UNKNOWN_CHANNEL: 'Unknown operation', WORKSPACE: 'Workspace problem', INTERNAL: 'Something unexpected went wrong' },
  },
};
