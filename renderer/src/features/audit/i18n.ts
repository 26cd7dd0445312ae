// The company's change history: its own changes from → to, and its visits and vettings.
export const auditHistoryZh = {
  none: '（空）', yes: '是', no: '否', changed: '已修改', removedItem: '（已从列表删除）', contactsCount: '{{count}} 位',
  change: '{{field}}：{{from}} → {{to}}', changedOnly: '{{field}}：已修改',
  visit: {
    create: '{{who}} 记录了走访', update: '{{who}} 修改了走访', delete: '{{who}} 删除了走访', restore: '{{who}} 恢复了走访', purge: '{{who}} 彻底删除了走访',
    of: '{{date}} 的走访',
  },
  vetting: { create: '{{who}} 开始审核', amend: '{{who}} 开始修正审核', signedOff: '{{who}} 签署审核，结论：{{verdict}}', of: '{{date}} 的审核' },
  fieldsChanged: '修改了：{{fields}}',
};

export const auditHistoryEn: typeof auditHistoryZh = {
  none: '(empty)', yes: 'yes', no: 'no', changed: 'changed', removedItem: '(removed from the list)', contactsCount: '{{count}}',
  change: '{{field}}: {{from}} → {{to}}', changedOnly: '{{field}}: changed',
  visit: {
    create: 'Visit logged by {{who}}', update: 'Visit changed by {{who}}', delete: 'Visit deleted by {{who}}', restore: 'Visit restored by {{who}}', purge: 'Visit deleted for good by {{who}}',
    of: 'visit of {{date}}',
  },
  vetting: { create: 'Vetting started by {{who}}', amend: 'Amendment started by {{who}}', signedOff: 'Vetting signed off by {{who}}, verdict: {{verdict}}', of: 'vetting of {{date}}' },
  fieldsChanged: 'changed: {{fields}}',
};
