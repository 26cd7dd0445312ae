// Error messages of the team sync engine (electron/core/sync: joining, resolving cards),
// spread into the `errors` section of each language.
type Strings<T> = { [K in keyof T]: string };

export const syncEngineErrorsZh = {
  syncJoinNeedsEmptyWorkspace: '只有没有自己记录的工作区才能加入团队（此工作区已有 {{records}} 条记录）。请新建一个空工作区再加入，或由本工作区创建团队。',
  syncValueNotNumber: '此项须填数字',
  syncValueRejected: '这个值不符合此项的要求，请换一个值',
  syncNotTypeable: '此项不能手工填写，请选择“我的”或“同事的”',
  syncNoSuchChoice: '没有这个选项，请重新选择',
  syncWrongChoice: '这张卡片没有这个选项',
  syncCardGone: '这张卡片已经处理过了（可能同事已经作出选择），请刷新列表。',
  syncCannotRestore: '无法恢复这条记录：本机没有它的内容，或它所属的记录已不在了。请选择“保持删除”，或请同事恢复。',
  syncCannotDelete: '无法删除这条记录：还有其他记录在使用它。请选择“恢复”。',
  syncDuplicateCannotMerge: '这两家企业暂时无法合并：另一家的记录中有无法转到保留的一家的内容。请同步后再试。',
};

export const syncEngineErrorsEn: Strings<typeof syncEngineErrorsZh> = {
  syncJoinNeedsEmptyWorkspace: 'Only a workspace without records of its own can join a team (this one has {{records}}). Create an empty workspace to join with, or create the team from this one.',
  syncValueNotNumber: 'This field takes a number',
  syncValueRejected: 'This value does not fit the field; try another',
  syncNotTypeable: 'This field cannot be typed in; choose mine or theirs',
  syncNoSuchChoice: 'There is no such choice; choose again',
  syncWrongChoice: 'This card has no such choice',
  syncCardGone: 'This card has already been resolved (perhaps by a colleague); refresh the list.',
  syncCannotRestore: 'This record cannot be restored: this computer never had its content, or the record it belongs to is gone. Keep it deleted, or ask a colleague to restore it.',
  syncCannotDelete: 'This record cannot be deleted: other records still use it. Restore it instead.',
  syncDuplicateCannotMerge: 'These two companies cannot be merged yet: some records of the other one cannot move to the kept one. Sync, then try again.',
};
