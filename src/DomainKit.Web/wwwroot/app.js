// The reference front end of DomainKit. It uses nothing but the HTTP API under /api: every figure, reason and
// refusal shown here is what the API answered, in the language the page asks for (Accept-Language).
'use strict';

const TEXT = {
  'zh-CN': {
    skip: '跳到主要内容', title: '救急难一门受理', nav: '主导航', navIntake: '一门受理', navCase: '案件办理', navReform: '改革测算',
    switchLanguage: 'English', intakeHeading: '一门受理：家庭情况与救助申请', date: '认定日期', policy: '适用政策',
    members: '家庭成员', addMember: '添加成员', removeMember: '删除该成员', member: '成员 {0}', relation: '与申请人关系', birthDate: '出生日期',
    monthlyWages: '月工资收入（元）', seriouslyIll: '患重病', schoolStage: '在读阶段', assets: '家庭财产',
    financialAssets: '金融资产（元）', homesOwned: '自有住房（套）', businessEquity: '经营性资产（元）',
    bill: '医疗费用单据', billPresent: '申请医疗救助（有费用单据）', billMember: '就医成员', inpatient: '住院',
    totalCost: '医疗费用总额（元）', excludedCost: '目录外费用（元）', basicInsurancePaid: '基本医保支付（元）',
    criticalIllnessInsurancePaid: '大病保险支付（元）', assess: '认定全部救助项目',
    notDecided: '政策未设定以下参数，未作认定：{0}', expenditure: '支出型困难', expenditurePresent: '申请认定支出型困难家庭', medicalSpending: '医疗支出（元）', educationSpending: '教育支出（元）',
    basicLivingSpending: '基本生活支出（元）', rehabilitationSpending: '康复支出（元）', illnessOrDisaster: '支出因疾病、灾害或意外事故产生',
    temporary: '临时救助申请', temporaryPresent: '申请临时救助', temporaryType: '困难类型', typeEmergency: '急难型', typeExpenditure: '支出型',
    typeOtherSpecial: '其他特殊困难', suddenCost: '突发费用（元）', temporaryNeed: '救助需求', needBasicLiving: '基本生活', needMedical: '医疗',
    needEducation: '教育', severity: '困难程度', severityMinor: '较轻', severityModerate: '较重', severitySerious: '严重', urgent: '情况紧急（先行救助）', working: '正在处理……',
    qualifies: '符合条件', notQualifies: '不符合条件', amount: '金额', perMonth: '元/月', yuan: '元', citedRules: '依据规则',
    explanation: '认定过程', parameters: '参数', inputs: '读取的信息', effectiveFrom: '自 {0} 起', problemsHeading: '请更正以下问题：',
    caseHeading: '案件办理', openCase: '立案', caseId: '案件编号', channel: '来源渠道', applicantName: '申请人姓名',
    residentId: '公民身份号码', householdSize: '家庭人口', staffId: '经办人编号', openCaseButton: '立案',
    loadCaseId: '查看已有案件', load: '打开', version: '版本 {0}', stages: '办理阶段', deadlines: '办理时限',
    limit: '时限', rule: '规则', due: '截止日期', daysLeft: '剩余', days: '{0} 个工作日', calendarDays: '{0} 天', doneOn: '完成于 {0}',
    overdue: '已超期 {0} 个工作日', answerable: '责任人', notSet: '政策未设定的时限参数：{0}', payments: '资金支付', fund: '资金来源',
    year: '年度', basis: '依据', paymentsNone: '尚无支付。', greenChannel: '绿色通道补办手续截止日期：{0}', history: '办理记录',
    at: '办理时间（留空为现在）', when: '时间', event: '事项', staff: '经办人', nextCommand: '下一步办理', command: '办理事项', reason: '理由',
    send: '提交', conflict: '案件已被他人更新，已重新读取，请核对后再提交。', investigators: '调查人员（以逗号分隔）',
    needs: '救助需求', source: '核对系统', declared: '申报金额（元）', verified: '核实金额（元）', cause: '原因', programme: '救助项目',
    level: '审批层级', grounds: '调整依据', from: '起始月份', stopReason: '停发原因', month: '月份', department: '部门',
    accountableStaffId: '责任人编号', outcome: '成效', need: '需求', projectId: '慈善项目编号', referralSequence: '转介序号',
    provider: '服务提供方', service: '服务内容', hours: '小时数', none: '（无）',
    reformHeading: '改革测算', basePolicy: '现行政策', parameter: '调整参数', newValue: '新值', current: '现行值：{0}',
    caseload: '测算对象', generate: '生成家庭户数', upload: '或上传 JSON Lines 文件', compare: '开始测算',
    households: '家庭户数', winners: '增加', losers: '减少', unchanged: '不变', totalGain: '年增加总额', totalLoss: '年减少总额',
    eligibleChart: '各救助项目符合条件的家庭户数', amountChart: '各救助项目金额', winnersChart: '受影响家庭', fundChart: '各项资金支出与预算',
    before: '改革前', after: '改革后', budget: '预算', overBudget: '超出预算', eligibleBefore: '改革前户数', eligibleAfter: '改革后户数',
    costBefore: '改革前支出', costAfter: '改革后支出', headroom: '预算余额',
  },
  en: {
    skip: 'Skip to the main content', title: 'Social assistance at one window', nav: 'Main navigation', navIntake: 'One window',
    navCase: 'Cases', navReform: 'Reform what-if', switchLanguage: '中文', intakeHeading: 'One window: the household and its requests',
    date: 'Date of assessment', policy: 'Policy', members: 'Household members', addMember: 'Add a member', removeMember: 'Remove this member',
    member: 'Member {0}', relation: 'Relation to the applicant', birthDate: 'Date of birth', monthlyWages: 'Monthly wages (yuan)',
    seriouslyIll: 'Seriously ill', schoolStage: 'School stage', assets: 'Household assets', financialAssets: 'Financial assets (yuan)',
    homesOwned: 'Homes owned', businessEquity: 'Business equity (yuan)', bill: 'Medical bill', billPresent: 'Medical assistance requested (a bill)',
    billMember: 'Patient', inpatient: 'Inpatient', totalCost: 'Total cost (yuan)', excludedCost: 'Outside the catalogue (yuan)',
    basicInsurancePaid: 'Paid by basic insurance (yuan)', criticalIllnessInsurancePaid: 'Paid by critical-illness insurance (yuan)',
    assess: 'Decide every programme', working: 'Working…',
    notDecided: 'Not decided: the policy does not set {0}', expenditure: 'Expenditure hardship', expenditurePresent: 'Ask to be recognised as an expenditure-hardship household',
    medicalSpending: 'Medical spending (yuan)', educationSpending: 'Education spending (yuan)', basicLivingSpending: 'Basic living spending (yuan)',
    rehabilitationSpending: 'Rehabilitation spending (yuan)', illnessOrDisaster: 'The spending comes from illness, disaster or accident',
    temporary: 'Temporary assistance request', temporaryPresent: 'Ask for temporary assistance', temporaryType: 'Kind of hardship',
    typeEmergency: 'Emergency', typeExpenditure: 'Expenditure', typeOtherSpecial: 'Other special hardship', suddenCost: 'Sudden cost (yuan)',
    temporaryNeed: 'Need', needBasicLiving: 'Basic living', needMedical: 'Medical', needEducation: 'Education', severity: 'Severity',
    severityMinor: 'Minor', severityModerate: 'Moderate', severitySerious: 'Serious', urgent: 'Urgent (paid first)', qualifies: 'Qualifies', notQualifies: 'Does not qualify', amount: 'Amount',
    perMonth: 'yuan a month', yuan: 'yuan', citedRules: 'Rules', explanation: 'How it was decided', parameters: 'Parameters',
    inputs: 'Information read', effectiveFrom: 'from {0}', problemsHeading: 'Please correct the following:', caseHeading: 'Cases',
    openCase: 'Open a case', caseId: 'Case ID', channel: 'Channel', applicantName: 'Applicant\'s name', residentId: 'Resident ID number',
    householdSize: 'Household size', staffId: 'Staff ID', openCaseButton: 'Open the case', loadCaseId: 'Open an existing case', load: 'Open',
    version: 'version {0}', stages: 'Stages', deadlines: 'Time limits', limit: 'Limit', rule: 'Rule', due: 'Due', daysLeft: 'Left',
    days: '{0} working days', calendarDays: '{0} days', doneOn: 'done on {0}', overdue: '{0} working days overdue', answerable: 'Answerable',
    notSet: 'Time-limit parameters the policy does not set: {0}', payments: 'Payments', fund: 'Fund', year: 'Year', basis: 'Basis',
    at: 'When (empty for now)', paymentsNone: 'No payment yet.', greenChannel: 'Green channel paperwork due: {0}', history: 'History', when: 'When', event: 'Event',
    staff: 'Staff', nextCommand: 'Next step', command: 'Command', reason: 'Reason', send: 'Send',
    conflict: 'Someone else updated the case; it was reloaded. Check it and send again.', investigators: 'Investigators (comma-separated)',
    needs: 'Needs', source: 'Register', declared: 'Declared (yuan)', verified: 'Verified (yuan)', cause: 'Cause', programme: 'Programme',
    level: 'Approval level', grounds: 'Grounds', from: 'From month', stopReason: 'Reason for stopping', month: 'Month', department: 'Department',
    accountableStaffId: 'Accountable staff ID', outcome: 'Outcome', need: 'Need', projectId: 'Charity project ID', referralSequence: 'Referral number',
    provider: 'Provider', service: 'Service', hours: 'Hours', none: '(none)', reformHeading: 'Reform what-if', basePolicy: 'Policy in force',
    parameter: 'Parameter', newValue: 'New value', current: 'In force: {0}', caseload: 'Caseload', generate: 'Households to generate',
    upload: 'or upload a JSON Lines file', compare: 'Compare', households: 'Households', winners: 'Gain', losers: 'Lose', unchanged: 'Unchanged',
    totalGain: 'Total gain a year', totalLoss: 'Total loss a year', eligibleChart: 'Eligible households by programme',
    amountChart: 'Amounts by programme', winnersChart: 'Households affected', fundChart: 'Each fund\'s cost against its budget',
    before: 'Before', after: 'After', budget: 'Budget', overBudget: 'over budget', eligibleBefore: 'Eligible before',
    eligibleAfter: 'Eligible after', costBefore: 'Cost before', costAfter: 'Cost after', headroom: 'Headroom',
  },
};

// The names of the contracts' tokens, in each language.
const TOKENS = {
  'zh-CN': {
    dibao: '最低生活保障', extremePoverty: '特困人员救助供养', margin: '低保边缘家庭', medicalAssistance: '医疗救助',
    expenditureHardship: '支出型困难家庭', temporaryAssistance: '临时救助', educationAssistance: '教育救助', singleMemberDibao: '单人保',
    applicant: '申请人', spouse: '配偶', child: '子女', parent: '父母', grandparent: '祖父母、外祖父母', grandchild: '孙子女、外孙子女',
    sibling: '兄弟姐妹', otherWithoutSupportDuty: '其他共同生活人员',
    none: '无', primary: '小学', juniorSecondary: '初中', seniorSecondary: '高中', vocational: '中职', tertiary: '高等教育', homeTaught: '送教上门',
    discovery: '主动发现', report: '申请报告', acceptance: '受理', review: '审核', decision: '审批', effectEvaluation: '成效评估', closed: '结案',
    proactiveDiscovery: '主动发现', livelihoodHotline: '89000 民生服务热线', oneKeyPlatform: '12349 一键通', walkInWindow: '窗口申请', referral: '转介',
    investigationStart: '启动入户调查', dataCheck: '信息核对', dibaoDecision: '低保审批', dibaoDecisionSpecial: '低保审批（特殊情况）',
    countyConfirmation: '县级确认', rejectionNotice: '书面告知不予救助', temporaryOrMedicalReview: '临时、医疗救助审核',
    temporaryOrMedicalApproval: '临时、医疗救助审批', publicNotice: '公示', greenChannelPaperwork: '绿色通道补办手续',
    emergency: '应急资金', charity: '慈善资金', basicLiving: '基本生活救助资金',
    monthlyBenefit: '按月发放', approval: '审批', greenChannelBasis: '先行救助', charityProject: '慈善项目',
    temporary: '临时救助', medical: '医疗', education: '教育', employment: '就业', care: '照料护理', housing: '住房',
    civilAffairs: '民政', health: '卫生健康', educationAndSports: '教育体育', humanResourcesAndSocialSecurity: '人力资源和社会保障',
    subdistrictOffice: '街道办事处', charityFederation: '慈善总会', county: '县级', township: '乡镇（街道）',
    complaint: '被举报或投诉', conflictOfInterest: '与经办人员有亲属关系',
    registration: '户籍', tax: '税务', socialInsurance: '社会保险', realEstate: '不动产', businessRegistration: '市场主体登记',
    housingFund: '住房公积金', vehicles: '车辆', banks: '银行存款', insurers: '商业保险', securities: '证券',
    changeReport: '家庭情况变化', periodicReview: '定期核查', resolved: '困难已解决', improved: '困难有所缓解', stillInHardship: '仍然困难',
    referred: '已转介', socialOrganisation: '社会组织', volunteer: '志愿者', purchasedByGovernment: '政府购买服务',
    visit: '探访', studySupport: '学业辅导', dailyCare: '生活照料', emotionalComfort: '心理疏导', endOfLifeCare: '临终关怀',
    lifeHelp: '生活帮扶', emergencyCall: '紧急呼叫',
    seed: '种子文献', secondary: '二手资料', unconfirmed: '未经确认', illustrative: '示例值',
    yuan: '元', 'yuan/month': '元/月', 'yuan/year': '元/年', fraction: '比例', multiple: '倍', months: '个月', years: '年', days: '天',
    'working days': '个工作日', count: '个', scheme: '方案', set: '集合', choice: '选项', table: '表',
  },
  en: {
    dibao: 'Dibao', extremePoverty: 'Extreme poverty', margin: 'Margin household', medicalAssistance: 'Medical assistance',
    expenditureHardship: 'Expenditure hardship', temporaryAssistance: 'Temporary assistance', educationAssistance: 'Education assistance',
    singleMemberDibao: 'Single-member dibao', applicant: 'Applicant', spouse: 'Spouse', child: 'Child', parent: 'Parent', grandparent: 'Grandparent', grandchild: 'Grandchild',
    sibling: 'Sibling', otherWithoutSupportDuty: 'Other household member',
    none: 'None', primary: 'Primary', juniorSecondary: 'Junior secondary', seniorSecondary: 'Senior secondary', vocational: 'Vocational',
    tertiary: 'Tertiary', homeTaught: 'Taught at home',
    discovery: 'Discovery', report: 'Report', acceptance: 'Acceptance', review: 'Review', decision: 'Decision', effectEvaluation: 'Effect evaluation', closed: 'Closed',
    proactiveDiscovery: 'Proactive discovery', livelihoodHotline: '89000 hotline', oneKeyPlatform: '12349 platform', walkInWindow: 'Walk-in window', referral: 'Referral',
    investigationStart: 'Investigation start', dataCheck: 'Data check', dibaoDecision: 'Dibao decision', dibaoDecisionSpecial: 'Dibao decision (special case)',
    countyConfirmation: 'County confirmation', rejectionNotice: 'Written rejection', temporaryOrMedicalReview: 'Temporary or medical review',
    temporaryOrMedicalApproval: 'Temporary or medical approval', publicNotice: 'Public notice', greenChannelPaperwork: 'Green channel paperwork',
    emergency: 'Emergency fund', charity: 'Charity', basicLiving: 'Basic living fund',
    monthlyBenefit: 'Monthly benefit', approval: 'Approval', greenChannelBasis: 'Paid first', charityProject: 'Charity project',
  },
};

const RELATIONS = ['applicant', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'otherWithoutSupportDuty'];
const SCHOOL = ['none', 'primary', 'juniorSecondary', 'seniorSecondary', 'vocational', 'tertiary', 'homeTaught'];
const CHANNELS = ['walkInWindow', 'livelihoodHotline', 'oneKeyPlatform', 'proactiveDiscovery', 'referral'];
const STAGES = ['discovery', 'report', 'acceptance', 'review', 'decision', 'effectEvaluation', 'closed'];
const PROGRAMMES = ['dibao', 'extremePoverty', 'margin', 'singleMemberDibao', 'medicalAssistance', 'expenditureHardship', 'temporaryAssistance', 'educationAssistance'];
const NEEDS = ['basicLiving', 'temporary', 'medical', 'education', 'employment', 'care', 'housing', 'charity'];
const DEPARTMENTS = ['civilAffairs', 'health', 'educationAndSports', 'humanResourcesAndSocialSecurity', 'subdistrictOffice', 'charityFederation', 'county'];
const FUNDS = ['temporaryAssistance', 'medicalAssistance', 'educationAssistance', 'emergency', 'charity', 'basicLiving'];

// Each command's own fields, as the case-command contract names them.
const COMMANDS = {
  report: [], accept: [['needs', 'needs']], startInvestigation: [['investigators', 'list']],
  recordVerification: [['source', ['registration', 'tax', 'socialInsurance', 'realEstate', 'businessRegistration', 'housingFund', 'vehicles', 'banks', 'insurers', 'securities']], ['declared', 'amount'], ['verified', 'amount']],
  requireHomeVisit: [['cause', ['complaint', 'conflictOfInterest']]], recordHomeVisit: [['investigators', 'list']],
  publishNotice: [['programme', PROGRAMMES], ['amount', 'amount']], raiseObjection: [], approve: [['level', ['county', 'township']]],
  markSpecialCase: [], changeBenefit: [['grounds', ['changeReport', 'periodicReview']], ['amount', 'amount'], ['from', 'month']],
  payMonth: [['month', 'month']], reject: [], refer: [['department', DEPARTMENTS]], notifyRejection: [], payFirst: [['amount', 'amount']],
  completePaperwork: [], lapseGreenChannel: [], pay: [['amount', 'amount']], recordRecovery: [['fund', FUNDS], ['amount', 'amount']],
  establishFraud: [['amount', 'amount']], completeTask: [['department', DEPARTMENTS]], assignAccountable: [['accountableStaffId', 'text']],
  escalate: [], recordOutcome: [['outcome', ['resolved', 'improved', 'stillInHardship', 'referred']]], recordUnmetNeed: [['need', NEEDS], ['amount', 'amount']],
  referToCharity: [['projectId', 'text'], ['need', NEEDS]], payCharity: [['referralSequence', 'integer']],
  recordService: [['provider', ['socialOrganisation', 'volunteer', 'purchasedByGovernment']], ['service', ['visit', 'studySupport', 'dailyCare', 'emotionalComfort', 'endOfLifeCare', 'lifeHelp', 'emergencyCall']], ['need', NEEDS], ['hours', 'integer']],
  close: [],
};

const COMMAND_NAMES = {
  'zh-CN': {
    report: '上报', accept: '一门受理', startInvestigation: '启动调查', recordVerification: '信息核对', requireHomeVisit: '须入户调查',
    recordHomeVisit: '入户调查', publishNotice: '公示', raiseObjection: '公示异议', approve: '审批同意', markSpecialCase: '认定特殊情况',
    changeBenefit: '调整救助金', payMonth: '按月发放', reject: '不予救助', refer: '转介', notifyRejection: '书面告知', payFirst: '先行救助',
    completePaperwork: '补齐手续', lapseGreenChannel: '绿色通道失效', pay: '发放救助金', recordRecovery: '追回资金', establishFraud: '认定骗保',
    completeTask: '部门办结', assignAccountable: '指定责任人', escalate: '督查督办', recordOutcome: '成效评估', recordUnmetNeed: '记录未满足需求',
    referToCharity: '转介慈善', payCharity: '慈善支付', recordService: '记录服务', close: '结案',
    caseOpened: '立案', caseReported: '上报', caseAccepted: '受理', investigationStarted: '启动调查', verificationRecorded: '信息核对',
    homeVisitRequired: '须入户调查', homeVisitRecorded: '入户调查', noticePublished: '公示', objectionRaised: '公示异议', caseApproved: '审批同意',
    caseRejected: '不予救助', caseReferred: '转介', rejectionNotified: '书面告知', greenChannelGranted: '开通绿色通道', paymentMade: '支付',
    paperworkCompleted: '补齐手续', recoveryOpened: '立项追回', recoveryReceived: '追回资金', fraudEstablished: '认定骗保', taskCompleted: '部门办结',
    accountableAssigned: '指定责任人', caseEscalated: '督查督办', outcomeRecorded: '成效评估', unmetNeedRecorded: '记录未满足需求',
    charityReferred: '转介慈善', serviceRecorded: '记录服务', specialCaseMarked: '认定特殊情况', benefitChanged: '调整救助金', caseClosed: '结案',
  },
  en: {},
};

const FUND_NAMES = {
  'zh-CN': { temporaryAssistance: '临时救助资金', medicalAssistance: '医疗救助资金', educationAssistance: '教育救助资金', emergency: '应急资金', charity: '慈善资金', basicLiving: '基本生活救助资金' },
  en: { temporaryAssistance: 'Temporary assistance fund', medicalAssistance: 'Medical assistance fund', educationAssistance: 'Education assistance fund', emergency: 'Emergency fund', charity: 'Charity', basicLiving: 'Basic living fund' },
};

const state = { language: localStorage.getItem('domainkit.language') || 'zh-CN', policies: null, currentCase: null, nextMember: 0 };

const $ = (selector, root = document) => root.querySelector(selector);
const t = (key, ...args) => (TEXT[state.language][key] ?? key).replace(/\{(\d)\}/g, (_, i) => args[Number(i)]);
// English falls back to the token in words (payFirst: "Pay first"), so every token reads as text in either language.
const words = (value) => { const text = String(value).replace(/([A-Z])/g, ' $1').toLowerCase(); return text.charAt(0).toUpperCase() + text.slice(1); };
const token = (value) => TOKENS[state.language][value] ?? (state.language === 'en' ? words(value) : value);
// Units come from the API as English words; the Chinese page shows them in Chinese where it knows them.
const unit = (value) => (state.language === 'zh-CN' ? TOKENS['zh-CN'][value] ?? value : value);
const fundName = (fund) => FUND_NAMES[state.language][fund] ?? token(fund);
const commandName = (type) => COMMAND_NAMES[state.language][type] ?? words(type);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function select(id, values, path, chosen) {
  const box = element('select', { id, 'data-path': path });
  for (const value of values) box.append(element('option', { value, selected: value === chosen, text: token(value) }));
  return box;
}

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

// Every request names the page's language; the API answers problems and explanations in it.
async function api(method, path, body, type = 'application/json') {
  const response = await fetch(`/api${path}`, {
    method,
    headers: { 'Accept-Language': state.language, ...(body === undefined ? {} : { 'Content-Type': type }) },
    body,
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { ok: response.ok, status: response.status, json };
}

// A refusal's errors go beside the field whose data-path they name; the rest are listed above the form.
function showProblems(form, box, problem) {
  clearProblems(form, box);
  const loose = [];
  for (const error of problem?.errors ?? [{ path: '', message: problem?.detail ?? String(problem?.status ?? '') }]) {
    const field = [...form.querySelectorAll('[data-path]')].find((f) => f.dataset.path === error.path)
      ?? [...form.querySelectorAll('[data-path]')].find((f) => error.path.startsWith(`${f.dataset.path}.`) || error.path.startsWith(`${f.dataset.path}[`));
    if (field) {
      const id = `${field.id}-error`;
      let note = document.getElementById(id);
      if (!note) {
        note = element('span', { id, class: 'error' });
        field.closest('.row, .member, fieldset')?.append(note);
      }
      note.textContent = error.message;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', id);
    } else {
      loose.push(error.message);
    }
  }
  const first = form.querySelector('[aria-invalid="true"]');
  if (loose.length > 0) {
    box.replaceChildren(element('p', { text: t('problemsHeading') }), element('ul', {}, loose.map((m) => element('li', { text: m }))));
    box.hidden = false;
  }
  first?.focus();
}

function clearProblems(form, box) {
  form.querySelectorAll('.error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((f) => { f.removeAttribute('aria-invalid'); f.removeAttribute('aria-describedby'); });
  box.hidden = true;
  box.replaceChildren();
}

// ---- One window -------------------------------------------------------------------------------------------------

function addMember(values = {}) {
  const index = $('#members').children.length;
  const n = state.nextMember++;
  const path = `household.members[${index}]`;
  const row = element('div', { class: 'member', 'data-member': n },
    element('div', { class: 'row' },
      element('strong', { class: 'member-title', text: t('member', index + 1) }),
      element('label', { for: `m${n}-relation`, 'data-t': 'relation', text: t('relation') }),
      select(`m${n}-relation`, RELATIONS, `${path}.relation`, values.relation ?? (index === 0 ? 'applicant' : 'child')),
      element('label', { for: `m${n}-birth`, 'data-t': 'birthDate', text: t('birthDate') }),
      element('input', { id: `m${n}-birth`, type: 'date', value: values.birthDate ?? '', 'data-path': `${path}.birthDate` }),
      element('label', { for: `m${n}-wages`, 'data-t': 'monthlyWages', text: t('monthlyWages') }),
      element('input', { id: `m${n}-wages`, inputmode: 'decimal', value: values.wages ?? '0.00', 'data-path': `${path}.incomes[0].amount` })),
    element('div', { class: 'row' },
      element('input', { id: `m${n}-ill`, type: 'checkbox', checked: values.seriouslyIll ?? false, 'data-path': `${path}.seriouslyIll` }),
      element('label', { for: `m${n}-ill`, 'data-t': 'seriouslyIll', text: t('seriouslyIll') }),
      element('label', { for: `m${n}-school`, 'data-t': 'schoolStage', text: t('schoolStage') }),
      select(`m${n}-school`, SCHOOL, `${path}.schoolStage`, values.schoolStage ?? 'none'),
      element('button', { type: 'button', class: 'secondary remove', 'data-t': 'removeMember', text: t('removeMember') })));
  row.querySelector('.remove').addEventListener('click', () => { row.remove(); renumberMembers(); });
  $('#members').append(row);
  renumberMembers();
}

// Paths follow the members' order, so an error about members[1] lands beside the second member shown.
function renumberMembers() {
  const rows = [...$('#members').children];
  rows.forEach((row, index) => {
    row.querySelector('.member-title').textContent = t('member', index + 1);
    row.querySelectorAll('[data-path]').forEach((field) => {
      field.dataset.path = field.dataset.path.replace(/members\[\d+\]/, `members[${index}]`);
    });
  });
  const patient = $('#bill-member');
  const chosen = patient.value;
  patient.replaceChildren(...rows.map((_, index) => element('option', { value: index, text: t('member', index + 1) })));
  if (chosen && Number(chosen) < rows.length) patient.value = chosen;
}

function claimsDocument() {
  const members = [...$('#members').children].map((row) => {
    const value = (suffix) => row.querySelector(`[id$="-${suffix}"]`);
    const member = { relation: value('relation').value, birthDate: value('birth').value };
    const wages = value('wages').value.trim();
    if (wages !== '' && wages !== '0' && wages !== '0.00') member.incomes = [{ kind: 'wages', amount: wages, period: 'month' }];
    if (value('ill').checked) member.seriouslyIll = true;
    if (value('school').value !== 'none') member.schoolStage = value('school').value;
    return member;
  });
  const household = {
    schema: 'domainkit/household@2',
    members,
    assets: {
      financialAssets: $('#asset-financial').value.trim(),
      homesOwned: Number($('#asset-homes').value),
      businessEquity: $('#asset-business').value.trim(),
    },
  };
  const claims = { schema: 'domainkit/claims@1', household };
  if ($('#bill-present').checked) {
    claims.bills = [{
      memberIndex: Number($('#bill-member').value),
      totalCost: $('#bill-total').value.trim(),
      excludedCost: $('#bill-excluded').value.trim(),
      basicInsurancePaid: $('#bill-basic').value.trim(),
      criticalIllnessInsurancePaid: $('#bill-critical').value.trim(),
      inpatient: $('#bill-inpatient').checked,
    }];
  }
  if ($('#expenditure-present').checked) {
    claims.expenditure = {
      medicalSpending: $('#expenditure-medical').value.trim(),
      educationSpending: $('#expenditure-education').value.trim(),
      basicLivingSpending: $('#expenditure-living').value.trim(),
      rehabilitationSpending: $('#expenditure-rehabilitation').value.trim(),
      illnessOrDisasterSpending: $('#expenditure-illness').checked,
    };
  }
  if ($('#temporary-present').checked) {
    claims.temporary = {
      type: $('#temporary-type').value, suddenCost: $('#temporary-cost').value.trim(), need: $('#temporary-need').value,
      severity: $('#temporary-severity').value, urgent: $('#temporary-urgent').checked,
    };
  }
  return claims;
}

async function assess(event) {
  event.preventDefault();
  const form = $('#intake-form');
  const box = $('#intake-problems');
  const out = $('#entitlements');
  out.replaceChildren(element('p', { text: t('working') }));
  const query = new URLSearchParams({ date: $('#intake-date').value, policy: $('#intake-policy').value });
  const answer = await api('POST', `/assess?${query}`, JSON.stringify(claimsDocument()));
  out.replaceChildren();
  if (!answer.ok) {
    showProblems(form, box, answer.json);
    return;
  }
  clearProblems(form, box);
  for (const decision of answer.json.decisions) out.append(decisionCard(decision));
  for (const [programme, parameters] of Object.entries(answer.json.notSet ?? {})) {
    out.append(element('article', { class: 'card', 'data-not-set': programme },
      element('h3', { text: token(programme) }), element('p', { class: 'no', text: t('notDecided', parameters.join(', ')) })));
  }
}

function decisionCard(decision) {
  const monthly = ['dibao', 'extremePoverty'].includes(decision.programme);
  return element('article', { class: 'card', 'data-programme': decision.programme },
    element('h3', { text: token(decision.programme) }),
    element('p', {},
      element('span', { class: decision.qualifies ? 'yes' : 'no', text: decision.qualifies ? t('qualifies') : t('notQualifies') }),
      decision.amount !== undefined ? ['  ', element('span', { class: 'amount', 'data-amount': decision.amount, text: decision.amount }), ' ', monthly ? t('perMonth') : t('yuan')] : []),
    element('p', { class: 'summary', text: decision.summary }),
    element('p', { class: 'hint' }, `${t('citedRules')}: `, (decision.citedRules ?? []).map((r) => [element('span', { class: 'rule', text: r }), ' '])),
    element('details', { class: 'explanation' }, element('summary', { text: t('explanation') }), (decision.explanation ?? []).map(stepNode)));
}

// One step of the explanation, with its rule, the parameters it read (value, date, source) and the finer steps.
function stepNode(step) {
  const comma = state.language === 'zh-CN' ? '，' : ', ';
  const parameters = (step.parameters ?? []).map((p) => element('li', {},
    element('span', { class: 'rule', text: p.id }), ` = ${p.value}${p.unit ? ` ${unit(p.unit)}` : ''}${comma}${t('effectiveFrom', p.effectiveFrom)}${comma}${token(p.source)}${p.citation ? `${comma}${p.citation}` : ''}`));
  const inputs = (step.inputs ?? []).map((i) => element('li', { text: `${i.path} = ${i.value}` }));
  const children = (step.steps ?? []).map(stepNode);
  const mark = step.outcome === 'failed' ? '✗' : step.outcome === 'passed' ? '✓' : '•';
  const head = element('summary', { class: 'step' }, `${mark} `, element('span', { class: 'rule', text: step.rule }), ` ${step.reason}`);
  return element('details', { class: 'step', 'data-rule': step.rule }, head,
    parameters.length ? element('ul', { class: 'params', 'aria-label': t('parameters') }, parameters) : null,
    inputs.length ? element('ul', { class: 'inputs', 'aria-label': t('inputs') }, inputs) : null,
    children);
}

// ---- Cases ------------------------------------------------------------------------------------------------------

// The moment an action happened, in UTC: the field's local date and time, or now when it is left empty (a caseworker
// may record a step after the fact; the API refuses one dated before the case's last event).
function instant(field) {
  const value = field?.value;
  const moment = value ? new Date(value) : new Date();
  return Number.isNaN(moment.getTime()) ? value : moment.toISOString().replace(/\.\d+Z$/, 'Z');
}

async function openCase(event) {
  event.preventDefault();
  const form = $('#open-form');
  const box = $('#case-problems');
  const document_ = {
    schema: 'domainkit/case-command@1', staffId: $('#open-staff').value.trim(), at: instant($('#open-at')), reason: t('openCase'), expectedVersion: 0,
    command: {
      type: 'open', caseId: $('#open-id').value.trim(), channel: $('#open-channel').value,
      applicant: { name: $('#open-name').value.trim(), residentId: $('#open-resident').value.trim(), householdSize: Number($('#open-size').value) },
    },
  };
  const answer = await api('POST', '/cases', JSON.stringify(document_));
  if (!answer.ok) {
    showProblems(form, box, answer.json);
    return;
  }
  clearProblems(form, box);
  form.reset();
  await showCase(answer.json.caseId);
}

async function showCase(caseId) {
  const [history, schedule] = await Promise.all([
    api('GET', `/cases/${encodeURIComponent(caseId)}/history`),
    api('GET', `/cases/${encodeURIComponent(caseId)}/schedule?date=${today()}`),
  ]);
  const view = $('#case-view');
  if (!history.ok || !schedule.ok) {
    showProblems($('#load-form'), $('#case-problems'), (history.ok ? schedule : history).json);
    return;
  }
  clearProblems($('#load-form'), $('#case-problems'));
  state.currentCase = { id: caseId, version: schedule.json.version, stage: schedule.json.stage };
  location.hash = `#case/${encodeURIComponent(caseId)}`;
  const events = history.json.events;
  const entered = new Map();
  events.forEach((e, i) => {
    const after = i + 1 < events.length ? events[i + 1].stage : schedule.json.stage;
    if (!entered.has(after)) entered.set(after, e.at.slice(0, 10));
  });
  const reached = STAGES.indexOf(schedule.json.stage);
  view.replaceChildren(
    element('h3', { id: 'case-title', text: `${caseId} · ${t('version', schedule.json.version)}` }),
    element('h4', { text: t('stages') }),
    element('ol', { class: 'stages', id: 'stages' }, STAGES.filter((s) => s !== 'discovery' || entered.has('discovery')).map((s) => element('li', {
      class: STAGES.indexOf(s) < reached ? 'done' : null, 'aria-current': s === schedule.json.stage ? 'step' : null, 'data-stage': s,
    }, token(s), entered.has(s) ? ` ${entered.get(s)}` : ''))),
    deadlinesTable(schedule.json),
    paymentsTable(events),
    commandForm(),
    historyTable(events));
}

function deadlinesTable(schedule) {
  const rows = schedule.deadlines.map((d) => {
    let left;
    if (d.doneOn) left = t('doneOn', d.doneOn);
    else if (d.late) left = t('overdue', d.workingDaysLate);
    else left = d.inCalendarDays ? t('calendarDays', d.daysLeft) : t('days', d.daysLeft);
    return element('tr', { class: d.late ? 'late' : null, 'data-limit': d.limit },
      element('td', { text: token(d.limit) }), element('td', {}, element('span', { class: 'rule', text: d.ruleId })),
      element('td', { text: d.due }), element('td', { class: 'left', text: left }), element('td', { text: d.accountableStaffId }));
  });
  return element('section', { 'aria-label': t('deadlines') },
    element('h4', { text: t('deadlines') }),
    element('table', { id: 'deadlines' },
      element('thead', {}, element('tr', {}, [t('limit'), t('rule'), t('due'), t('daysLeft'), t('answerable')].map((h) => element('th', { scope: 'col', text: h })))),
      element('tbody', {}, rows)),
    schedule.notSet.length ? element('p', { class: 'hint', text: t('notSet', schedule.notSet.join(', ')) }) : null);
}

function paymentsTable(events) {
  const payments = events.filter((e) => e.type === 'paymentMade');
  const green = events.find((e) => e.type === 'greenChannelGranted');
  return element('section', { 'aria-label': t('payments') },
    element('h4', { text: t('payments') }),
    green ? element('p', { id: 'green-channel', text: t('greenChannel', green.paperworkDue) }) : null,
    payments.length === 0 ? element('p', { class: 'hint', text: t('paymentsNone') }) : element('table', { id: 'payments' },
      element('thead', {}, element('tr', {}, [t('when'), t('amount'), t('fund'), t('year'), t('basis')].map((h) => element('th', { scope: 'col', text: h })))),
      element('tbody', {}, payments.map((p) => element('tr', {},
        element('td', { text: p.at.slice(0, 10) }), element('td', { class: 'num amount', text: p.amount }), element('td', { class: 'fund', text: fundName(p.fund) + (p.namedFund ? ` · ${p.namedFund}` : '') }),
        element('td', { text: p.year }), element('td', { text: token(p.basis === 'greenChannel' ? 'greenChannelBasis' : p.basis) }))))));
}

function historyTable(events) {
  return element('details', { class: 'history' }, element('summary', { text: t('history') }),
    element('table', {},
      element('thead', {}, element('tr', {}, [t('when'), t('event'), t('staff'), t('reason')].map((h) => element('th', { scope: 'col', text: h })))),
      element('tbody', {}, events.map((e) => element('tr', {},
        element('td', { text: e.at.replace('T', ' ').replace('Z', ' UTC') }), element('td', { text: commandName(e.type) }),
        element('td', { text: e.staffId }), element('td', { text: e.reason }))))));
}

function commandForm() {
  const form = element('form', { id: 'command-form', novalidate: true },
    element('fieldset', {}, element('legend', { text: t('nextCommand') }),
      element('div', { class: 'row' },
        element('label', { for: 'command-type', text: t('command') }),
        (() => {
          const box = element('select', { id: 'command-type', 'data-path': 'command.type' });
          for (const type of Object.keys(COMMANDS)) box.append(element('option', { value: type, text: commandName(type) }));
          return box;
        })(),
        element('label', { for: 'command-staff', text: t('staffId') }),
        element('input', { id: 'command-staff', value: 'staff-1', 'data-path': 'staffId' }),
        element('label', { for: 'command-reason', text: t('reason') }),
        element('input', { id: 'command-reason', value: '', 'data-path': 'reason' }),
        element('label', { for: 'command-at', text: t('at') }),
        element('input', { id: 'command-at', type: 'datetime-local', 'data-path': 'at' })),
      element('div', { class: 'row', id: 'command-fields' }),
      element('div', { class: 'row' }, element('button', { type: 'submit', id: 'send-command', text: t('send') }))));
  const type = form.querySelector('#command-type');
  const suggested = { report: 'accept', acceptance: 'startInvestigation', review: 'recordVerification', decision: 'pay', effectEvaluation: 'close' }[state.currentCase.stage];
  if (suggested) type.value = suggested;
  type.addEventListener('change', () => commandFields(form));
  form.addEventListener('submit', sendCommand);
  commandFields(form);
  return form;
}

function commandFields(form) {
  const holder = form.querySelector('#command-fields');
  holder.replaceChildren();
  for (const [name, kind] of COMMANDS[form.querySelector('#command-type').value]) {
    const id = `field-${name}`;
    const path = `command.${name}`;
    if (kind === 'needs') {
      holder.append(element('span', { text: t('needs') }), ...NEEDS.flatMap((need) => [
        element('input', { type: 'checkbox', id: `need-${need}`, value: need, class: 'need', 'data-path': path }),
        element('label', { for: `need-${need}`, text: token(need) })]));
      continue;
    }
    holder.append(element('label', { for: id, text: t(name === 'investigators' ? 'investigators' : name) }));
    if (Array.isArray(kind)) holder.append(select(id, kind, path));
    else holder.append(element('input', { id, 'data-path': path, inputmode: kind === 'amount' ? 'decimal' : kind === 'integer' ? 'numeric' : null, placeholder: kind === 'month' ? 'yyyy-MM' : kind === 'amount' ? '0.00' : null }));
  }
}

async function sendCommand(event) {
  event.preventDefault();
  const form = event.target;
  const type = form.querySelector('#command-type').value;
  const command = { type };
  for (const [name, kind] of COMMANDS[type]) {
    if (kind === 'needs') command.needs = [...form.querySelectorAll('.need:checked')].map((n) => n.value);
    else {
      const value = form.querySelector(`#field-${name}`).value.trim();
      if (kind === 'list') command[name] = value.split(/[,，\s]+/).filter(Boolean);
      else if (kind === 'integer') command[name] = Number(value);
      else command[name] = value;
    }
  }
  const reason = form.querySelector('#command-reason').value.trim() || commandName(type);
  const body = { schema: 'domainkit/case-command@1', staffId: form.querySelector('#command-staff').value.trim(), at: instant(form.querySelector('#command-at')), reason, expectedVersion: state.currentCase.version, command };
  const answer = await api('POST', `/cases/${encodeURIComponent(state.currentCase.id)}/commands`, JSON.stringify(body));
  if (answer.status === 409) {
    await showCase(state.currentCase.id);
    showProblems($('#command-form'), $('#case-problems'), { errors: [{ path: '', message: t('conflict') }] });
    return;
  }
  if (!answer.ok) {
    showProblems(form, $('#case-problems'), answer.json);
    return;
  }
  await showCase(state.currentCase.id);
  $('#case-title').focus?.();
}

// ---- Reform what-if -----------------------------------------------------------------------------------------------

async function loadParameters() {
  const answer = await api('GET', `/policies/${encodeURIComponent($('#reform-base').value)}/parameters?date=${$('#reform-date').value || today()}`);
  const box = $('#reform-parameter');
  box.replaceChildren();
  if (!answer.ok) return;
  state.parameters = new Map();
  for (const p of answer.json.parameters) {
    const current = p.values.find((v) => v.inEffect);
    if (!current || typeof current.value !== 'string' && typeof current.value !== 'number') continue;
    state.parameters.set(p.id, current);
    box.append(element('option', { value: p.id, selected: p.id === 'dibaoStandardMonthly', text: `${p.id} · ${p.description}` }));
  }
  showCurrent();
}

function showCurrent() {
  const current = state.parameters?.get($('#reform-parameter').value);
  $('#reform-current').textContent = current ? t('current', current.display ?? current.value) : '';
}

// A reproducible caseload: the same count gives the same households, so a what-if can be repeated.
function generateCaseload(count) {
  let seed = 20261205;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const lines = [];
  for (let i = 0; i < count; i++) {
    const size = 1 + Math.floor(next() * 4);
    const members = [];
    for (let m = 0; m < size; m++) {
      const adult = m < 2;
      const year = adult ? 1950 + Math.floor(next() * 50) : 2008 + Math.floor(next() * 16);
      const member = { relation: m === 0 ? 'applicant' : m === 1 ? 'spouse' : 'child', birthDate: `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}` };
      if (adult && next() < 0.7) member.incomes = [{ kind: 'wages', amount: (Math.floor(next() * 3000) * 10).toFixed(2) }];
      if (next() < 0.08) member.seriouslyIll = true;
      members.push(member);
    }
    lines.push(JSON.stringify({ schema: 'domainkit/household@2', members, assets: { financialAssets: (Math.floor(next() * 4000) * 10).toFixed(2), homesOwned: next() < 0.8 ? 1 : 0, businessEquity: '0.00' } }));
  }
  return lines.join('\n') + '\n';
}

async function compare(event) {
  event.preventDefault();
  const form = $('#reform-form');
  const box = $('#reform-problems');
  const out = $('#reform-result');
  out.replaceChildren(element('p', { text: t('working') }));
  const file = $('#reform-file').files[0];
  const caseload = file ? await file.text() : generateCaseload(Math.max(1, Math.min(100000, Number($('#reform-count').value) || 1)));
  const query = new URLSearchParams({ base: $('#reform-base').value, date: $('#reform-date').value, set: `${$('#reform-parameter').value}=${$('#reform-value').value.trim()}` });
  const answer = await api('POST', `/compare?${query}`, caseload, 'application/x-ndjson');
  out.replaceChildren();
  if (!answer.ok) {
    showProblems(form, box, answer.json);
    return;
  }
  clearProblems(form, box);
  out.append(reformReport(answer.json));
}

function reformReport(report) {
  const programmes = report.programmes;
  const funds = report.funds;
  return element('div', {},
    element('table', { id: 'reform-summary' }, element('tbody', {},
      [[t('households'), report.households], [t('winners'), report.winners], [t('losers'), report.losers], [t('unchanged'), report.unchanged],
        [t('totalGain'), `${report.totalGain} ${t('yuan')}`], [t('totalLoss'), `${report.totalLoss} ${t('yuan')}`]]
        .map(([k, v]) => element('tr', {}, element('th', { scope: 'row', text: k }), element('td', { class: 'num', text: v }))))),
    element('div', { class: 'charts' },
      barChart('chart-eligible', t('eligibleChart'), programmes.map((p) => token(p.programme)), [
        { label: t('before'), values: programmes.map((p) => p.eligibleBefore), color: '#8899aa' },
        { label: t('after'), values: programmes.map((p) => p.eligibleAfter), color: '#9b1c1c' }]),
      barChart('chart-amounts', t('amountChart'), programmes.map((p) => token(p.programme)), [
        { label: t('before'), values: programmes.map((p) => Number(p.amountBefore)), color: '#8899aa' },
        { label: t('after'), values: programmes.map((p) => Number(p.amountAfter)), color: '#9b1c1c' }]),
      barChart('chart-winners', t('winnersChart'), [t('winners'), t('losers'), t('unchanged')], [
        { label: t('households'), values: [report.winners, report.losers, report.unchanged], color: '#1f6f43' }]),
      barChart('chart-funds', t('fundChart'), funds.map((f) => fundName(f.fund) + (f.overBudget ? ` (${t('overBudget')})` : '')), [
        { label: t('costBefore'), values: funds.map((f) => Number(f.costBefore)), color: '#8899aa' },
        { label: t('costAfter'), values: funds.map((f) => Number(f.costAfter)), color: '#9b1c1c' },
        { label: t('budget'), values: funds.map((f) => (f.budget === undefined ? 0 : Number(f.budget))), color: '#f0b429' }])));
}

// A grouped bar chart as SVG, with its numbers also in a table for screen readers and for copying.
function barChart(id, title, categories, series) {
  const width = 520;
  const height = 300;
  const left = 70;
  const bottom = 100;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const band = (width - left - 10) / Math.max(1, categories.length);
  const bar = Math.max(2, (band - 8) / series.length);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-caption`);
  const add = (tag, attributes, text) => {
    const node = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  add('line', { x1: left, y1: height - bottom, x2: width - 5, y2: height - bottom, stroke: '#5a6573' });
  for (let k = 0; k <= 4; k++) {
    const y = height - bottom - ((height - bottom - 20) * k) / 4;
    add('text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, formatNumber((max * k) / 4));
    add('line', { x1: left, y1: y, x2: width - 5, y2: y, stroke: '#e3e7ec' });
  }
  categories.forEach((category, c) => {
    series.forEach((s, i) => {
      const value = s.values[c];
      const h = ((height - bottom - 20) * value) / max;
      const rect = add('rect', { class: 'bar', x: left + c * band + 4 + i * bar, y: height - bottom - h, width: bar - 1, height: Math.max(0, h), fill: s.color });
      const tip = document.createElementNS(ns, 'title');
      tip.textContent = `${category} · ${s.label}: ${formatNumber(value)}`;
      rect.append(tip);
    });
    add('text', { x: left + c * band + band / 2, y: height - bottom + 14, 'text-anchor': 'end', transform: `rotate(-30 ${left + c * band + band / 2} ${height - bottom + 14})` }, category);
  });
  series.forEach((s, i) => {
    add('rect', { x: left + i * 120, y: height - 18, width: 12, height: 12, fill: s.color });
    add('text', { x: left + i * 120 + 16, y: height - 8 }, s.label);
  });
  const table = element('table', { class: 'sr-only' },
    element('thead', {}, element('tr', {}, element('th', { scope: 'col', text: '' }), series.map((s) => element('th', { scope: 'col', text: s.label })))),
    element('tbody', {}, categories.map((category, c) => element('tr', {}, element('th', { scope: 'row', text: category }), series.map((s) => element('td', { text: formatNumber(s.values[c]) }))))));
  return element('figure', { id }, element('figcaption', { id: `${id}-caption`, text: title }), svg, table);
}

function formatNumber(value) {
  return new Intl.NumberFormat(state.language, { maximumFractionDigits: 0 }).format(value);
}

// ---- Page ---------------------------------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = state.language;
  document.title = t('title');
  document.querySelectorAll('[data-t]').forEach((node) => { node.textContent = t(node.dataset.t); });
  document.querySelectorAll('[data-t-aria]').forEach((node) => node.setAttribute('aria-label', t(node.dataset.tAria)));
  $('#language').setAttribute('lang', state.language === 'zh-CN' ? 'en' : 'zh-CN');
  document.querySelectorAll('select').forEach((box) => box.querySelectorAll('option').forEach((o) => {
    if (TOKENS['zh-CN'][o.value]) o.textContent = token(o.value);
  }));
  renumberMembers();
}

function route() {
  const [view, id] = location.hash.replace(/^#/, '').split('/');
  const name = ['intake', 'case', 'reform'].includes(view) ? view : 'intake';
  for (const section of ['intake', 'case', 'reform']) $(`#view-${section}`).hidden = section !== name;
  document.querySelectorAll('header nav a').forEach((a) => {
    if (a.getAttribute('href') === `#${name}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (name === 'case' && id && state.currentCase?.id !== decodeURIComponent(id)) showCase(decodeURIComponent(id));
}

async function start() {
  const policies = await api('GET', '/policies');
  const list = policies.ok ? policies.json.policies : [];
  for (const box of [$('#intake-policy'), $('#reform-base')]) {
    for (const p of list) box.append(element('option', { value: p.id, selected: p.id === policies.json.default, text: `${p.name} (${p.id})` }));
  }
  $('#intake-date').value = today();
  $('#reform-date').value = today();
  $('#open-channel').replaceWith(select('open-channel', CHANNELS, 'command.channel', 'walkInWindow'));
  addMember({ relation: 'applicant' });
  $('#add-member').addEventListener('click', () => addMember());
  for (const part of ['bill', 'expenditure', 'temporary']) {
    $(`#${part}-present`).addEventListener('change', () => { $(`#${part}-fields`).hidden = !$(`#${part}-present`).checked; });
  }
  $('#intake-form').addEventListener('submit', assess);
  $('#open-form').addEventListener('submit', openCase);
  $('#load-form').addEventListener('submit', (e) => { e.preventDefault(); showCase($('#load-id').value.trim()); });
  $('#reform-form').addEventListener('submit', compare);
  $('#reform-base').addEventListener('change', loadParameters);
  $('#reform-date').addEventListener('change', loadParameters);
  $('#reform-parameter').addEventListener('change', showCurrent);
  $('#language').addEventListener('click', () => {
    state.language = state.language === 'zh-CN' ? 'en' : 'zh-CN';
    localStorage.setItem('domainkit.language', state.language);
    applyLanguage();
    loadParameters();
  });
  window.addEventListener('hashchange', route);
  applyLanguage();
  await loadParameters();
  route();
  document.body.dataset.ready = 'true';
}

start();
