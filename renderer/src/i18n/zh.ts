// 简体中文: the default language. en.ts must have exactly the same keys (checked by its type).
export const zh = {
  app: {
    title: '对口支援工作台',
    workspace: '工作区：{{name}}',
    noUser: '未选择身份',
    switchLanguage: 'English',
    readOnly: '此工作区文件已损坏，只能查看，不能修改。请从备份打开（{{problem}}）',
  },
  nav: { label: '主导航', companies: '企业', visits: '走访记录', followUps: '待办跟进', trash: '回收站', settings: '设置' },
  common: {
    add: '添加', all: '全部', back: '返回', cancel: '取消', delete: '删除', edit: '编辑', loading: '正在加载…', no: '否', yes: '是',
    noMatch: '没有匹配项', notSet: '（未设置）', remove: '移除', rename: '重命名', retry: '重试', save: '保存', saved: '已保存',
    unknown: '未知', yuan: '元',
  },
  status: { candidate: '待走访', visited: '已走访', vetting: '审核中', approved: '审核通过', conditional: '有条件通过', rejected: '未通过', suspended: '暂停合作' },
  companies: {
    title: '企业名录', count: '共 {{formatted}} 家企业', new: '新建企业', search: '搜索企业', searchPlaceholder: '名称、信用代码、地址、联系人或拼音首字母',
    sort: '排序', sortBy: { name: '按名称（拼音）', lastVisit: '按最近走访', status: '按状态' },
    clearFilters: '清除筛选条件', empty: '还没有企业', emptyHint: '先登记一家要走访的企业。',
    noMatch: '没有符合条件的企业', noMatchHint: '换个关键词，或清除筛选条件。',
  },
  company: {
    name: '企业名称', creditCode: '统一社会信用代码', creditCodeHint: '18 位，可不填', status: '状态', town: '所属街镇', industry: '行业',
    headcount: '职工人数', address: '地址', tags: '标签', tagsHint: '输入后按回车添加', notes: '备注', contacts: '联系人',
    noContacts: '暂无联系人', lastVisit: '最近走访', neverVisited: '未走访', similar: '已有名称相近的企业，请确认不是同一家：',
  },
  contact: { name: '姓名', role: '职务', phone: '电话', note: '说明', add: '添加联系人', remove: '删除此联系人', privacy: '只记录工作需要的信息，不要填写身份证号。删除联系人会将其彻底删除。' },
  companyForm: { newTitle: '新建企业', editTitle: '编辑：{{name}}', basics: '基本信息', tagsNotes: '标签与备注' },
  companyDetail: {
    facts: '企业信息', logVisit: '记录走访', deleteTitle: '删除这家企业？', deleteBody: '“{{name}}”及其走访记录将移入回收站，可以随时恢复。',
    deleted: '已将“{{name}}”移入回收站',
  },
  timeline: { title: '走访时间线', empty: '还没有走访记录', emptyHint: '点击“记录走访”登记第一次上门走访。' },
  visit: {
    company: '企业', date: '走访日期', staff: '走访人员', purpose: '走访目的',
    business: '经营状况', businessHint: '产值、订单、发展前景、用工需求……',
    environment: '工作环境', environmentHint: '车间、噪音粉尘、安全防护、工作强度……',
    wages: '薪资福利', wagesHint: '工资构成、发放时间、社保、加班费……',
    lodging: '食宿条件', lodgingHint: '宿舍、每间人数、食堂、热水、离厂距离……',
    payMin: '月薪下限', payMax: '月薪上限', dormProvided: '提供宿舍', peoplePerRoom: '每间住宿人数', mealsProvided: '提供餐食', notes: '其他情况',
  },
  visitForm: {
    newTitle: '记录走访', editTitle: '编辑走访记录', who: '走访信息', observations: '走访了解的情况',
    deleteTitle: '删除这条走访记录？', deleteBody: '记录将移入回收站，可以恢复。', deleted: '走访记录已移入回收站',
  },
  visits: {
    title: '走访记录', count: '共 {{formatted}} 条', new: '记录走访', search: '搜索走访记录', searchPlaceholder: '搜索企业名称或走访内容',
    from: '从', to: '到', openFollowUps: '待跟进', empty: '还没有走访记录', emptyHint: '在企业页面点击“记录走访”。', noMatch: '没有符合条件的走访记录',
  },
  followUp: {
    title: '跟进事项', what: '事项', who: '负责人', dueDate: '截止日期', done: '已完成', add: '添加跟进事项', remove: '删除此事项',
    none: '暂无跟进事项', due: '{{date}} 前',
  },
  followUps: {
    title: '待办跟进', subtitle: '走访中约定的后续事项', overdue: '已逾期', open: '未完成', all: '全部', fromVisit: '来自走访',
    markDone: '标记“{{what}}”为已完成', empty: { overdue: '没有逾期的跟进事项', open: '没有未完成的跟进事项', all: '还没有跟进事项' },
  },
  trash: {
    title: '回收站', subtitle: '删除的企业和走访记录保存在这里，可以恢复', kind: '类型', what: '内容', deletedAt: '删除时间',
    kinds: { company: '企业', visit: '走访记录' }, restore: '恢复', purge: '彻底删除', empty: '回收站是空的',
    restored: '已恢复“{{title}}”', purged: '已彻底删除“{{title}}”', purgeTitle: '彻底删除？', purgeBody: '“{{title}}”将被永久删除，无法恢复。',
  },
  settings: {
    title: '设置', emptyList: '列表为空', inUse: '{{count}} 家企业使用', removed: '已移除“{{name}}”',
    me: { title: '我是谁', hint: '走访记录和修改记录会记下您的名字。', label: '当前使用人' },
    language: { title: '界面语言' },
    workspace: {
      title: '工作区文件', hint: '一个文件就是全部数据。可以新建、打开其他工作区，或另存一份副本作备份。', create: '新建工作区…', open: '打开工作区…',
      saveCopy: '另存副本…', copied: '副本已保存到 {{path}}', opened: '已打开工作区“{{name}}”',
    },
    staff: {
      title: '工作人员', hint: '工作小组成员。离开的同事可以停用，其历史记录保留。', name: '姓名', jobTitle: '职务', phone: '电话', add: '添加工作人员',
      edit: '编辑工作人员', empty: '还没有工作人员', me: '我', inactive: '已停用', deactivate: '停用', reactivate: '恢复',
    },
    town: { title: '街镇', hint: '企业所属的街镇（可编辑）', new: '新增街镇' },
    industry: { title: '行业', hint: '企业所属的行业（可编辑）', new: '新增行业' },
  },
  whoAmI: {
    title: '欢迎使用对口支援工作台', body: '请先告诉我们您是谁。走访记录和修改记录会记下您的名字，以后可以在“设置”中更改。',
    pick: '从工作人员中选择', newName: '或输入您的姓名', newNameHint: '将添加到工作人员名单', confirm: '开始使用',
  },
  draft: { restored: '已恢复上次未保存的草稿。', discard: '放弃草稿' },
  unsaved: { title: '有未保存的修改', body: '离开此页后，草稿会保留，下次打开时可以继续编辑。', stay: '留在此页', discard: '放弃修改', keepDraft: '离开并保留草稿' },
  audit: {
    title: '修改记录', empty: '暂无修改记录', unknownUser: '未知用户',
    action: { create: '{{who}} 创建', update: '{{who}} 修改', delete: '{{who}} 删除', restore: '{{who}} 恢复', purge: '{{who}} 彻底删除' },
    field: {
      name: '名称', creditCode: '信用代码', townId: '街镇', industryId: '行业', headcount: '职工人数', address: '地址', tags: '标签', status: '状态',
      notes: '备注', contacts: '联系人', visitDate: '走访日期', companyId: '企业', staffIds: '走访人员', purpose: '走访目的', business: '经营状况',
      environment: '工作环境', wages: '薪资福利', lodging: '食宿条件', payMin: '月薪下限', payMax: '月薪上限', dormProvided: '提供宿舍',
      peoplePerRoom: '每间人数', mealsProvided: '提供餐食', followUps: '跟进事项', done: '完成情况', title: '职务', phone: '电话',
    },
  },
  errors: {
    validation: '填写的内容有误，请检查标红的项目。', required: '必填', invalidType: '格式不对（应为{{expected}}）', tooShort: '至少 {{minimum}} 个字',
    tooLong: '不能超过 {{maximum}} 个字', tooSmall: '不能小于 {{minimum}}', tooBig: '不能大于 {{maximum}}', tooFewItems: '至少选择 {{minimum}} 项',
    tooManyItems: '最多 {{maximum}} 项', invalidFormat: '格式不对', wholeNumber: '请输入整数', unknownField: '不认识的字段：{{keys}}', invalidValue: '取值无效',
    invalidDate: '请输入有效日期', format: { date: '请输入有效日期' },
    creditCodeLength: '统一社会信用代码应为 18 位', creditCodeCharacters: '统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z）',
    creditCodeChecksum: '统一社会信用代码校验位不对，请核对最后一位', companyNameTaken: '已有同名企业“{{name}}”', creditCodeTaken: '此信用代码已被另一家企业使用',
    statusMoveNotAllowed: '不能从当前状态直接改为此状态', unknownLookup: '所选项目已不在列表中', unknownTown: '所选街镇不在列表中',
    unknownIndustry: '所选行业不在列表中', lookupNameTaken: '列表中已有“{{name}}”', lookupNotFound: '列表项目不存在',
    companyNotFound: '找不到这家企业（可能已被删除）', visitNotFound: '找不到这条走访记录（可能已被删除）', followUpNotFound: '找不到这个跟进事项',
    staffNotFound: '找不到这位工作人员', unknownStaff: '所选人员不在工作人员名单中或已停用', unknownCompany: '请选择企业名录中的企业',
    payRangeUpsideDown: '月薪上限不能低于下限', peoplePerRoomWithoutDorm: '不提供宿舍时不填每间人数', visitInFuture: '走访日期不能晚于今天',
    dateRangeUpsideDown: '结束日期不能早于开始日期', restoreCompanyFirst: '请先从回收站恢复企业“{{company}}”',
    noWorkspace: '没有打开的工作区', workspaceTooNew: '此工作区由更新版本的程序创建（版本 {{version}}），请先升级程序', workspaceUnreadable: '无法打开此文件，它可能不是工作区文件',
    copyOntoItself: '不能把副本保存到当前工作区文件上', workspaceReadOnly: '此工作区已损坏，只能查看，不能修改', workspaceBusy: '工作区正忙，请稍后再试',
    duplicate: '与已有记录重复', internal: '出现意外错误，数据没有改动。请重试。', unknownChannel: '程序内部错误：未知的操作', bridgeDown: '与程序后台的连接中断，请重启程序',
    invalidKey: '只能用英文字母、数字和下划线，且以小写字母开头',
    ruleNeedsUpper: '“介于”规则需要填写上限',
    duplicateKey: '标识重复，请换一个',
    followUpParentInvalid: '追问项必须跟在一个计分的前置项目之后',
    answerWrongKind: '答案与此项目的类型不符',
    answerNeedsNumber: '此项目需要填写数字',
    answerNotAnOption: '请从列出的选项中选择',
    prefillWrongKind: '走访信息与此项目的类型不符，不能作为初始值',
    code: { VALIDATION: '填写的内容有误', NOT_FOUND: '找不到记录', CONFLICT: '与已有记录冲突', UNKNOWN_CHANNEL: '未知的操作', WORKSPACE: '工作区出错', INTERNAL: '出现意外错误' },
  },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Translations = Strings<typeof zh>;
