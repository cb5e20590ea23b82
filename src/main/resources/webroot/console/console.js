/* 生态环境信访 · 工作台 (the staff console). Plain JS, no library, no inline script: a strict CSP may apply.
 * Every request goes through the staff API (/api/v1/staff), where role and scope are checked; the page only hides
 * what a role may not use. The live socket carries hints (ids only); what changed is fetched through the API. */
(function () {
  'use strict';
  var API = '/api/v1/staff';
  var FAMILIES = {
    intake: ['REGISTER', 'READ_CASE', 'QUEUE'],
    handler: ['REGISTER', 'READ_CASE', 'ACT', 'QUEUE', 'NOTICES', 'OVERDUE'],
    supervisor: ['REGISTER', 'READ_CASE', 'ACT', 'QUEUE', 'NOTICES', 'OVERDUE', 'SUPERVISE'],
    auditor: ['READ_CASE', 'NOTICES', 'OVERDUE'],
    admin: ['USERS']
  };
  var REASONS = { asked: '要求人工', life_safety: '生命危险', urgent: '紧急', abuse: '辱骂', misunderstood: '未能理解' };
  var ALERT_KINDS = { life_safety: '生命危险', urgent: '紧急事项', handoff: '要求人工', abuse: '辱骂', misunderstood: '未能理解' };
  var CHANNELS = { webchat: '网页对话', web: '网络', wechat: '微信', wecom: '企业微信', sms: '短信', letter: '来信', phone: '来电', fax: '传真',
    visit: '走访', transfer: '转来', none: '无' };
  var KINDS = { water: '水', air: '大气', noise: '噪声', solid_waste: '固体废物', soil: '土壤', radiation: '辐射',
    ecology: '生态', other: '其他' };
  var STATES = { registered: '已登记', accepted: '已受理', transferred: '已转送', referred: '已告知向其他机关提出',
    not_accepted: '不予受理', handling: '办理中', replied: '已答复', opinion_issued: '已出具处理意见书',
    mediated: '已调解或和解', closed: '已办结', review_requested: '复查中', review_replied: '已出具复查意见',
    rereview_requested: '复核中', 'final': '复核终结', objected: '已提出异议', returned: '已退回转送机关' };
  var CLOCKS = { notice: '告知', decision: '决定', handling: '办理', review: '复查复核', report: '结果报告' };
  var ROLES = { intake: '登记员', handler: '办理人', supervisor: '督办人', auditor: '审计员', admin: '管理员' };
  var NOTICE_STATUS = { pending: '待处理', sent: '已发出', delivered: '已送达', failed: '失败', exempt: '免予告知' };
  var DOCUMENTS = { acceptance: '受理告知书', non_acceptance: '不予受理告知书', transfer: '转送（交办）告知书',
    referral: '告知书', extension: '延期办理告知书', opinion: '信访处理意见书', review_opinion: '复查意见书',
    rereview_opinion: '复核意见书', mediation: '调解协议书' };
  /* What each act asks for beyond its reason; the proposal fills what it knows. */
  var ACT_FIELDS = {
    transfer: [['to', '转送部门（代码）'], ['reportDays', '结果报告期限（天）', 'number']],
    refer: [['to', '应向其提出的机关']],
    not_accept: [['ground', '不予受理依据', 'select', [['18(1)', '第十八条第一项'], ['18(2)', '第十八条第二项'],
      ['18(3)', '第十八条第三项'], ['31', '第三十一条第二款']]]],
    reply: [['publicText', '答复内容（信访人可见）', 'textarea'], ['feedback', '反馈方式', 'select',
      [['web', '网络'], ['phone', '电话'], ['on_site', '当面'], ['written', '书面']]]],
    issue_opinion: [['publicText', '处理意见', 'textarea'], ['findings', '查明的事实', 'textarea'], ['basis', '法律依据'],
      ['outcome', '结论', 'select', [['support', '支持'], ['explain', '解释说明'], ['not_support', '不支持']]]],
    reply_review: [['publicText', '复查意见', 'textarea'], ['findings', '查明的事实', 'textarea'], ['basis', '法律依据'],
      ['outcome', '结论', 'select', [['support', '支持'], ['explain', '解释说明'], ['not_support', '不支持']]]],
    reply_rereview: [['publicText', '复核意见', 'textarea'], ['findings', '查明的事实', 'textarea'], ['basis', '法律依据'],
      ['outcome', '结论', 'select', [['support', '支持'], ['explain', '解释说明'], ['not_support', '不支持']]]],
    mediate: [['agreement', '协议内容', 'textarea'], ['kind', '方式', 'select', [['mediation', '调解'], ['reconciliation', '和解']]]],
    extend: [['days', '延长天数', 'number'], ['approver', '批准人']],
    forward_review: [['to', '上一级机关']],
    reward: [['finding', '认定', 'textarea'], ['rule', '依据的规定'], ['decidedBy', '决定人']],
    fast_track: [],
    report_result: [['publicText', '办理结果', 'textarea']]
  };
  var PROPOSED_ACT = { accept: 'accept', transfer: 'transfer', refer: 'refer', tell_competent: 'refer',
    not_accepted: 'not_accept', escalate: 'refer' };

  var me = null;
  var csrf = null;
  var socket = null;
  var retry = 1000;
  var openAlerts = [];
  var knownAlerts = {};
  var currentConversation = null;
  var currentCase = null;
  var canned = [];
  var queueRows = [];
  var queueTimer = null;
  var baseTitle = document.title;
  var LOG_KINDS = { queued: '进入队列', claimed: '接管', message: '发送消息', note: '备注', released: '交还机器人',
    closed: '结束会话', case_registered: '登记案件', case_attached: '关联案件',
    undelivered: '消息未送达', sms_opted_out: '信访人退订短信（Opted out of SMS）',
    sms_opted_in: '信访人恢复接收短信（Opted back in to SMS）' };
  // Why a channel did not carry a message, and what became of it ("why|fallback" on the conversation's log).
  var UNDELIVERED = {
    window_closed: '平台只接受信访人最后一条消息后48小时内的消息，窗口已关闭',
    refused: '平台拒收（信访人已取消关注，或超出平台的条数限制）',
    opted_out: '信访人已退订短信，只回复其退订后主动发来的消息',
    sms: '已改发短信至案件登记的手机号（见通知工作单）',
    none: '没有可用的手机号：请电话或信件联系信访人，书面告知见通知工作单',
    staff: '请电话或信件联系信访人，书面告知见通知工作单'
  };
  function undeliveredText(t) {
    return (t || '').split('|').map(function (p) { return UNDELIVERED[p] || p; }).join('；');
  }
  var EVENTS = { registered: '登记', routing_proposed: '办理建议', entered: '人工登记', notice_queued: '告知已安排',
    notice_sent: '告知已发出', notice_delivered: '告知已送达', supervision_note: '督办意见', supervision_feedback: '督办反馈',
    government_report: '向政府报告', recused: '回避', conversation_attached: '关联会话',
    redaction_confirmed: '确认脱敏副本', accused_confirmed: '确认被检举控告单位', registered_late: '迟延登记（原因）',
    corrected: '更正登记内容', supplement: '信访人补充', news_read: '已阅信访人补充', urgent: '标记为紧急' };
  var CORRECTED_FIELDS = { name: '姓名', phone: '电话', address: '住址', category: '类别', subtype: '细类',
    receivedOn: '收到日期', noticeDue: '告知期限', location: '问题发生地', place: '行政区划', kind: '污染类型' };
  /* The gateway's clock, not the desk's: waiting times and deadlines are counted from it. */
  var skew = 0;
  var serverToday = null;
  function now() { return Date.now() + skew; }

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }
  function can(family) { return !!me && (FAMILIES[me.role] || []).indexOf(family) >= 0; }

  /* The staff API: the session cookie, and the CSRF token on every request that changes something. */
  function api(method, path, body) {
    // The console is Chinese whatever the browser's language: refusals and errors come back in Chinese.
    var headers = { 'Accept': 'application/json', 'Accept-Language': 'zh-CN' };
    if (method !== 'GET' && csrf) { headers['X-CSRF-Token'] = csrf; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(API + path, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { data = null; }
        if (r.status === 401 && path !== '/session') { showLogin(); }
        if (!r.ok) {
          var err = new Error(data && data.error ? data.error.message : '请求失败（' + r.status + '）');
          err.status = r.status; err.data = data;
          throw err;
        }
        return data;
      });
    });
  }
  function get(path) { return api('GET', path); }
  function post(path, body) { return api('POST', path, body || {}); }

  function showLogin() {
    me = null; csrf = null;
    if (socket) { socket.onclose = null; socket.close(); socket = null; }
    $('app').hidden = true; $('password').hidden = true; $('login').hidden = false;
    $('loginName').focus();
  }

  function started(session) {
    me = session; csrf = session.csrfToken;
    if (session.mustChangePassword) {
      $('login').hidden = true; $('app').hidden = true; $('password').hidden = false;
      $('currentPassword').focus();
      return;
    }
    $('login').hidden = true; $('password').hidden = true; $('app').hidden = false;
    $('me').textContent = session.name + '（' + (ROLES[session.role] || session.role) + '，' + (session.departmentName || '') + '）';
    Array.prototype.forEach.call(document.querySelectorAll('#nav a'), function (a) {
      a.hidden = !can(a.getAttribute('data-family'));
    });
    if (can('QUEUE')) {
      soundState();
      connect();
      refreshAlerts();
      get('/workspace/canned').then(function (d) { canned = d.replies || []; fillCanned(); });
    }
    route();
  }

  $('loginForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    $('loginError').textContent = '';
    api('POST', '/session', { login: $('loginName').value.trim(), password: $('loginPassword').value })
      .then(function (s) { $('loginPassword').value = ''; started(s); })
      .catch(function (e) { $('loginError').textContent = e.message; });
  });
  $('passwordForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    post('/session/password', { currentPassword: $('currentPassword').value, newPassword: $('newPassword').value })
      .then(function (s) { $('currentPassword').value = ''; $('newPassword').value = ''; started(s); })
      .catch(function (e) { $('passwordError').textContent = e.message; });
  });
  $('logout').addEventListener('click', function () {
    api('DELETE', '/session').then(showLogin, showLogin);
  });

  /* ---------- navigation ---------- */
  var VIEWS = ['queue', 'cases', 'case', 'register', 'notices', 'overdue', 'hotspots', 'duty', 'admin'];
  function route() {
    if (!me || me.mustChangePassword) { return; }
    var hash = location.hash.replace(/^#/, '');
    var parts = hash.split('/');
    var view = parts[0];
    if (VIEWS.indexOf(view) < 0) { view = can('QUEUE') ? 'queue' : can('USERS') ? 'admin' : 'cases'; }
    VIEWS.forEach(function (v) { $('view-' + v).hidden = v !== view; });
    Array.prototype.forEach.call(document.querySelectorAll('#nav a'), function (a) {
      a.classList.toggle('active', a.getAttribute('data-view') === view || (view === 'case' && a.getAttribute('data-view') === 'cases'));
    });
    if (view === 'queue') { loadQueue(); if (parts[1]) { openConversation(parts[1]); } }
    if (view === 'cases') { loadCases(); }
    if (view === 'case' && parts[1]) { openCase(decodeURIComponent(parts[1])); }
    if (view === 'register') { prepareRegister(parts[1]); }
    if (view === 'notices') { loadNotices(); }
    if (view === 'overdue') { loadOverdue(); }
    if (view === 'hotspots') { loadHotspots(); }
    if (view === 'duty') { loadDuty(); }
    if (view === 'admin') { loadUsers(); }
  }
  window.addEventListener('hashchange', route);

  /* ---------- live ---------- */
  function connect() {
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + API + '/workspace/live';
    var ws = new WebSocket(url);
    socket = ws;
    ws.onopen = function () {
      retry = 1000;
      $('live').setAttribute('data-state', 'on'); $('live').textContent = '实时：已连接';
      // Whatever happened while the socket was down (the first connection follows the page's own first load).
      if (connect.before) {
        refreshAlerts();
        if (!$('view-queue').hidden) { scheduleQueue(); }
        if (currentConversation) { openConversation(currentConversation, true); }
      }
      connect.before = true;
    };
    ws.onmessage = function (ev) {
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      if (m.type === 'alert') { refreshAlerts(); }
      if ((m.type === 'queue' || m.type === 'alert') && !$('view-queue').hidden) { scheduleQueue(); }
      // A petitioner added to a case (ids only): the list and the open case show it without a reload.
      if (m.type === 'case') {
        if (!$('view-cases').hidden) { loadCases(); }
        if (currentCase && m.detail === currentCase.case_number && !$('view-case').hidden) {
          // Not while an act or a correction is being written: its form stays, the history shows what came.
          if ($('actForm').hidden && $('correctForm').hidden) { openCase(m.detail); } else { loadTimeline(m.detail); }
        }
      }
      if (m.type === 'conversation' || m.type === 'queue') {
        if (currentConversation && m.conversationId === currentConversation) { openConversation(currentConversation, true); }
        if (m.type === 'conversation' && !$('view-queue').hidden) { scheduleQueue(); }
      }
    };
    ws.onclose = function () {
      $('live').setAttribute('data-state', 'off'); $('live').textContent = '实时：重新连接中…';
      if (me) { setTimeout(connect, retry); retry = Math.min(retry * 2, 15000); }
    };
  }

  /* ---------- alerts: on every screen, with a sound and the title ---------- */
  /*
   * A browser keeps a page's sound off until someone clicks or types on it: a console reopened with a remembered
   * session, or reloaded, would ring no alert at all. So the sound is checked as soon as the console opens and, while
   * it is off, a button in the alert band says so; the first click or key anywhere turns it on.
   */
  function audio() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) { return null; }
    try { return beep.ctx || (beep.ctx = new Ctx()); } catch (e) { return null; }
  }
  function soundState() {
    var ctx = audio();
    var on = !!ctx && ctx.state === 'running';
    document.body.setAttribute('data-sound', on ? 'on' : 'off');
    $('soundOff').hidden = on || !can('QUEUE');
    return on;
  }
  function unlockSound() {
    var ctx = audio();
    if (!ctx) { soundState(); return; }
    var wasOff = ctx.state !== 'running';
    ctx.resume().then(function () {
      soundState();
      if (wasOff && openAlerts.length) { renderAlerts(); }
      // Alerts that came while it was silent ring now.
      if (wasOff && ctx.state === 'running' && openAlerts.length) { beep(); }
    }, soundState);
  }
  document.addEventListener('pointerdown', unlockSound, true);
  document.addEventListener('keydown', unlockSound, true);
  function beep() {
    try {
      var ctx = audio();
      if (!ctx) { return; }
      if (ctx.state !== 'running') { ctx.resume(); }
      if (!soundState()) { return; }
      [0, 0.35].forEach(function (at) {
        var o = ctx.createOscillator(); var g = ctx.createGain();
        o.frequency.value = 880; g.gain.value = 0.2;
        o.connect(g); g.connect(ctx.destination);
        o.start(ctx.currentTime + at); o.stop(ctx.currentTime + at + 0.2);
      });
      document.body.setAttribute('data-beeped', String((+document.body.getAttribute('data-beeped') || 0) + 1));
    } catch (e) { /* no sound device */ }
  }
  function refreshAlerts() {
    if (!can('QUEUE')) { return; }
    get('/workspace/alerts').then(function (d) {
      openAlerts = d.alerts || [];
      var fresh = openAlerts.some(function (a) { return !knownAlerts[a.id + ':' + a.escalations]; });
      openAlerts.forEach(function (a) { knownAlerts[a.id + ':' + a.escalations] = true; });
      renderAlerts();
      if (fresh) { beep(); }
    }).catch(function () {});
  }
  function renderAlerts() {
    var box = clear($('alerts'));
    box.hidden = openAlerts.length === 0;
    if (!soundState() && openAlerts.length) { box.appendChild(el('strong', 'silent', '提示音未开启，警报不会响铃')); }
    document.title = openAlerts.length ? '【' + openAlerts.length + '条警报】' + baseTitle : baseTitle;
    if (openAlerts.length > 12) {
      box.appendChild(el('strong', 'more', '未确认警报共' + openAlerts.length + '条，先显示最紧急的12条'));
    }
    openAlerts.slice(0, 12).forEach(function (a) {
      var item = el('div', 'alert ' + a.kind);
      item.setAttribute('data-alert', a.id);
      item.appendChild(el('strong', null, ALERT_KINDS[a.kind] || a.kind));
      item.appendChild(el('span', null, (CHANNELS[a.channel] || a.channel || '') + ' · ' + since(a.raisedAt) +
        (a.escalations ? ' · 已升级' + a.escalations + '次' : '') + (a.caseNumber ? ' · ' + a.caseNumber : '')));
      if (a.dutyGap) { item.appendChild(el('strong', 'gap', '未能通知到可处理此警报的值班人员')); }
      if (a.toldWithoutCheck) { item.appendChild(el('strong', 'gap', '值班人员已收到不含内容的提醒（无法核对谁可查看此警报）')); }
      if (a.conversationId) {
        var open = el('button', 'secondary', '查看');
        open.type = 'button';
        open.addEventListener('click', function () { location.hash = '#queue/' + a.conversationId; });
        item.appendChild(open);
      }
      var ack = el('button', 'ack', '确认');
      ack.type = 'button';
      ack.addEventListener('click', function () {
        post('/workspace/alerts/' + a.id + '/ack').then(refreshAlerts, function (e) { alert(e.message); refreshAlerts(); });
      });
      item.appendChild(ack);
      box.appendChild(item);
    });
  }

  function since(iso) {
    if (!iso) { return ''; }
    var s = Math.max(0, Math.round((now() - Date.parse(iso)) / 1000));
    if (s < 60) { return s + '秒'; }
    if (s < 3600) { return Math.floor(s / 60) + '分钟'; }
    if (s < 86400) { return Math.floor(s / 3600) + '小时' + Math.floor((s % 3600) / 60) + '分'; }
    return Math.floor(s / 86400) + '天';
  }

  /* ---------- the queue ---------- */
  function scheduleQueue() {
    if (queueTimer) { return; }
    queueTimer = setTimeout(function () { queueTimer = null; loadQueue(); }, 150);
  }
  function loadQueue() {
    var t0 = performance.now();
    return get('/workspace/queue').then(function (d) {
      var t1 = performance.now();
      if (d.now) { skew = Date.parse(d.now) - Date.now(); }
      queueRows = d.conversations || [];
      renderQueue();
      document.body.setAttribute('data-queue-fetch-ms', String(Math.round(t1 - t0)));
      void $('queueTable').offsetHeight; // the layout, so that the time below includes it
      // How long the queue took to fetch and draw, for the speed benchmark (bench/console.sh).
      var b = document.body;
      b.setAttribute('data-queue-rows', String(queueRows.length));
      b.setAttribute('data-queue-ms', String(Math.round(performance.now() - t0)));
      b.setAttribute('data-queue-at', String(Math.round(performance.now())));
    })
      .catch(function () {});
  }
  function summaryOf(c) {
    var s = c.slots || {};
    var parts = [];
    if (s.kind) { parts.push(KINDS[s.kind] || s.kind); }
    if (s.location) { parts.push(s.location); }
    if (s.polluter) { parts.push(s.polluter); }
    if (s.facts) { parts.push(s.facts.length > 40 ? s.facts.slice(0, 40) + '…' : s.facts); }
    return parts.join(' · ');
  }
  function renderQueue() {
    var body = $('queueTable').tBodies[0];
    var frag = document.createDocumentFragment();
    queueRows.forEach(function (c) {
      var tr = document.createElement('tr');
      tr.tabIndex = 0;
      tr.setAttribute('data-id', c.id);
      if (c.id === currentConversation) { tr.className = 'selected'; }
      var reason = document.createElement('td');
      var tag = el('span', 'reason ' + (c.reason || (c.urgent ? 'urgent' : '')),
        c.reason ? (REASONS[c.reason] || c.reason) : (c.owner && c.owner.indexOf('staff:') === 0 ? '已接管' : ''));
      reason.appendChild(tag);
      tr.appendChild(reason);
      tr.appendChild(el('td', null, CHANNELS[c.channel] || c.channel));
      tr.appendChild(el('td', 'waited', since(c.waitingSince || c.updatedAt)));
      tr.appendChild(el('td', 'summary', summaryOf(c)));
      // The last messages on one line each (newest last), one text node: a thousand rows lay out quickly.
      var last = (c.last || []).map(function (m) {
        var t = (m.direction === 'in' ? '民：' : '复：') + (m.text || '').replace(/\s+/g, ' ');
        return t.length > 40 ? t.slice(0, 40) + '…' : t;
      });
      var lastCell = el('td', 'last', last.join('\n'));
      tr.appendChild(lastCell);
      tr.appendChild(el('td', null, c.owner && c.owner.indexOf('staff:') === 0 ? c.owner.slice(6) : '—'));
      frag.appendChild(tr);
    });
    clear(body).appendChild(frag);
    $('queueCount').textContent = '（' + queueRows.length + '）';
  }
  function queueRowOpen(ev) {
    var tr = ev.target.closest('tr[data-id]');
    if (!tr) { return; }
    if (ev.type === 'keydown') {
      if (ev.key === 'ArrowDown' && tr.nextElementSibling) { tr.nextElementSibling.focus(); ev.preventDefault(); return; }
      if (ev.key === 'ArrowUp' && tr.previousElementSibling) { tr.previousElementSibling.focus(); ev.preventDefault(); return; }
      if (ev.key !== 'Enter') { return; }
    }
    location.hash = '#queue/' + tr.getAttribute('data-id');
  }
  $('queueTable').addEventListener('click', queueRowOpen);
  $('queueTable').addEventListener('keydown', queueRowOpen);
  setInterval(function () {
    if (!$('view-queue').hidden && queueRows.length) {
      var cells = $('queueTable').querySelectorAll('td.waited');
      queueRows.forEach(function (c, i) { if (cells[i]) { cells[i].textContent = since(c.waitingSince || c.updatedAt); } });
    }
  }, 15000);

  /* ---------- a conversation ---------- */
  function fillCanned() {
    var sel = $('canned');
    canned.forEach(function (r) {
      var o = el('option', null, r.zh.length > 30 ? r.zh.slice(0, 30) + '…' : r.zh);
      o.value = r.key;
      sel.appendChild(o);
    });
  }
  $('canned').addEventListener('change', function () {
    var lang = $('conversation').getAttribute('data-lang');
    var r = canned.filter(function (x) { return x.key === $('canned').value; })[0];
    if (r) { $('sayText').value = lang === 'en' ? r.en : r.zh; $('sayText').focus(); }
    $('canned').value = '';
  });

  function openConversation(id, quiet) {
    currentConversation = id;
    $('conversation').hidden = false;
    $('conversation').parentNode.classList.remove('solo');
    if (!quiet) { $('convError').textContent = ''; }
    Array.prototype.forEach.call($('queueTable').querySelectorAll('tr[data-id]'), function (tr) {
      tr.classList.toggle('selected', tr.getAttribute('data-id') === id);
    });
    return get('/workspace/conversations/' + id).then(function (v) {
      if (currentConversation !== id) { return; }
      renderConversation(v);
    }).catch(function (e) { $('convError').textContent = e.message; });
  }
  function renderConversation(v) {
    $('conversation').setAttribute('data-lang', v.lang || 'zh');
    $('convTitle').textContent = '会话 · ' + (CHANNELS[v.channel] || v.channel) + (v.reason ? ' · ' + (REASONS[v.reason] || v.reason) : '');
    var mine = v.owner === 'staff:' + me.login;
    var held = v.owner && v.owner.indexOf('staff:') === 0;
    $('convOwner').textContent = held ? '处理人：' + v.owner.slice(6) : v.owner === 'queue' ? '等待人工' : '机器人';
    $('conversation').setAttribute('data-owner', v.owner || '');
    $('claim').disabled = mine || !!v.closedAt;
    $('release').disabled = !mine; $('closeConv').disabled = !held && v.owner !== 'queue';
    $('say').disabled = !mine; $('sayText').disabled = !mine;
    var steps = $('releaseStep');
    var keep = steps.value;
    clear(steps).appendChild(el('option', null, '原步骤')).value = '';
    (v.steps || []).forEach(function (s) { var o = el('option', null, s); o.value = s; steps.appendChild(o); });
    steps.value = keep;
    var t = $('transcript');
    var atEnd = t.scrollHeight - t.scrollTop - t.clientHeight < 40;
    clear(t);
    (v.messages || []).forEach(function (m) {
      var staff = m.author && m.author.indexOf('staff:') === 0;
      var d = el('div', 'msg ' + m.direction + (staff ? ' staff' : ''));
      d.appendChild(el('span', 'who', (m.direction === 'in' ? '信访人' : staff ? '工作人员 ' + m.author.slice(6) : '机器人') +
        ' · ' + new Date(m.at).toLocaleTimeString('zh-CN')));
      d.appendChild(document.createTextNode(m.text || ''));
      t.appendChild(d);
    });
    if (atEnd || !t.getAttribute('data-shown')) { t.scrollTop = t.scrollHeight; }
    t.setAttribute('data-shown', '1');
    var log = clear($('convLog'));
    (v.log || []).forEach(function (e) {
      var li = el('li', e.kind, new Date(e.at).toLocaleString('zh-CN') + ' ' + (e.actor || '').replace(/^staff:/, '') + ' ' +
        (LOG_KINDS[e.kind] || e.kind) + (e.text ? '：' + (e.kind === 'undelivered' ? undeliveredText(e.text)
          : REASONS[e.text] || e.text) : ''));
      log.appendChild(li);
    });
  }
  function convAct(path, body, after) {
    var id = currentConversation;
    $('convError').textContent = '';
    return post('/workspace/conversations/' + id + path, body).then(function (r) {
      if (after) { after(r); }
      return openConversation(id, true).then(loadQueue);
    }).catch(function (e) { $('convError').textContent = e.message; });
  }
  $('claim').addEventListener('click', function () { convAct('/claim', {}, function () { $('sayText').focus(); }); });
  $('release').addEventListener('click', function () {
    var step = $('releaseStep').value;
    convAct('/release', step ? { step: step } : {});
  });
  $('closeConv').addEventListener('click', function () {
    if (!confirm('结束该会话？')) { return; }
    var id = currentConversation;
    $('convError').textContent = '';
    // A report no case was registered from is closed only with a reason (the gateway says so: 409).
    post('/workspace/conversations/' + id + '/close', {}).catch(function (e) {
      if (!(e.data && e.data.error && e.data.error.code === 'unregistered_report')) { throw e; }
      var reason = prompt(e.message + '\n\n不登记即结束的理由：', '');
      if (!reason || !reason.trim()) { throw e; }
      return post('/workspace/conversations/' + id + '/close', { reason: reason.trim() });
    }).then(function () { return openConversation(id, true).then(loadQueue); })
      .catch(function (e) { $('convError').textContent = e.message; });
  });
  $('attach').addEventListener('click', function () {
    var n = $('attachCase').value.trim().toUpperCase();
    if (n) { convAct('/attach', { caseNumber: n }, function () { $('attachCase').value = ''; }); }
  });
  $('toRegister').addEventListener('click', function () { location.hash = '#register/' + currentConversation; });
  $('sayForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var text = $('sayText').value.trim();
    if (!text) { return; }
    convAct('/messages', { text: text }, function () { $('sayText').value = ''; });
  });
  $('sayText').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); $('say').click(); }
  });
  $('noteForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var text = $('noteText').value.trim();
    if (text) { convAct('/notes', { text: text }, function () { $('noteText').value = ''; }); }
  });

  /* ---------- cases ---------- */
  (function () {
    var sel = $('f-state');
    Object.keys(STATES).forEach(function (k) { var o = el('option', null, STATES[k]); o.value = k; sel.appendChild(o); });
  }());
  function dueClass(iso) {
    if (!iso) { return ''; }
    var base = serverToday ? Date.parse(serverToday + 'T12:00:00+08:00') : now();
    var days = Math.floor((Date.parse(iso + 'T23:59:59+08:00') - base) / 86400000);
    return days < 0 ? 'over' : days <= 3 ? 'near' : days <= 7 ? 'soon' : 'ok';
  }
  function dueSpan(iso, label) {
    var s = el('span', 'due ' + dueClass(iso), (label ? label + ' ' : '') + (iso || '—'));
    var c = dueClass(iso);
    s.title = c === 'over' ? '已超期' : c === 'near' ? '3日内到期' : c === 'soon' ? '7日内到期' : '';
    return s;
  }
  function loadCases() {
    var form = $('caseFilter');
    var q = [];
    Array.prototype.forEach.call(form.elements, function (f) {
      if (!f.name) { return; }
      if (f.type === 'checkbox') { if (f.checked) { q.push(f.name + '=true'); } } else if (f.value.trim()) {
        q.push(f.name + '=' + encodeURIComponent(f.value.trim()));
      }
    });
    get('/cases' + (q.length ? '?' + q.join('&') : '')).then(function (d) {
      if (d.today) { serverToday = d.today; }
      var body = clear($('caseTable').tBodies[0]);
      (d.cases || []).forEach(function (c) {
        var tr = el('tr');
        tr.tabIndex = 0;
        tr.setAttribute('data-case', c.case_number);
        tr.appendChild(el('td', null, c.case_number));
        tr.appendChild(el('td', null, c.received_date));
        tr.appendChild(el('td', null, CHANNELS[c.channel] || c.channel));
        tr.appendChild(el('td', null, c.category || ''));
        tr.appendChild(el('td', null, KINDS[c.kind] || c.kind || ''));
        tr.appendChild(el('td', null, STATES[c.state] || c.state));
        var due = el('td');
        if (c.due) { due.appendChild(dueSpan(c.due, CLOCKS[c.clock] || '')); }
        tr.appendChild(due);
        tr.appendChild(el('td', null, c.department || ''));
        var flags = el('td');
        if (c.urgent) { flags.appendChild(el('span', 'flag', '紧急')); }
        if (c.hotspot) { flags.appendChild(el('span', 'flag hot', '热点')); }
        if (c.news) { flags.appendChild(el('span', 'flag news', '新补充')); }
        tr.appendChild(flags);
        body.appendChild(tr);
      });
      if (!(d.cases || []).length) { var tr = el('tr'); var td = el('td', null, '没有符合条件的案件。'); td.colSpan = 9; tr.appendChild(td); body.appendChild(tr); }
    }).catch(function (e) { alert(e.message); });
  }
  $('caseFilter').addEventListener('submit', function (ev) { ev.preventDefault(); loadCases(); });
  function caseRowOpen(ev) {
    var tr = ev.target.closest('tr[data-case]');
    if (!tr || (ev.type === 'keydown' && ev.key !== 'Enter')) { return; }
    location.hash = '#case/' + encodeURIComponent(tr.getAttribute('data-case'));
  }
  $('caseTable').addEventListener('click', caseRowOpen);
  $('caseTable').addEventListener('keydown', caseRowOpen);

  function fact(dl, label, value) {
    if (value === null || value === undefined || value === '') { return; }
    dl.appendChild(el('dt', null, label));
    dl.appendChild(el('dd', null, String(value)));
  }
  function openCase(number) {
    $('caseError').textContent = '';
    $('actForm').hidden = true;
    $('correctForm').hidden = true;
    // Another case: nothing of the previous one stays on screen while this one loads (its redacted copy or accused
    // unit could otherwise be confirmed, or read, as this case's).
    if (!currentCase || currentCase.case_number !== number) {
      currentCase = null;
      $('caseTitle').textContent = '案件 ' + number;
      $('redactionBox').hidden = true; $('accusedBox').hidden = true; $('govReport').hidden = true;
      ['caseFacts', 'deadlines', 'proposal', 'documents', 'acts', 'timeline'].forEach(function (id) { clear($(id)); });
    }
    get('/cases/' + encodeURIComponent(number)).then(function (c) {
      currentCase = c;
      $('caseTitle').textContent = '案件 ' + c.case_number + ' · ' + (STATES[c.state] || c.state);
      var dl = clear($('caseFacts'));
      fact(dl, '收到日期', c.received_date); fact(dl, '渠道', CHANNELS[c.channel] || c.channel);
      fact(dl, '类别', c.category + (c.subtype ? '（' + c.subtype + '）' : ''));
      fact(dl, '紧急', c.urgent ? '是（第十九条）' : null);
      fact(dl, '新情况', c.news ? '信访人有新的补充，见办理记录' : null);
      if (c.news && can('ACT')) {
        // The handler's act 已阅: the mark cleared and the act recorded on the history.
        var read = el('button', 'secondary', '已阅');
        read.type = 'button';
        read.addEventListener('click', function () {
          post('/cases/' + encodeURIComponent(c.case_number) + '/news-read').then(function () { openCase(c.case_number); })
            .catch(function (e) { $('caseError').textContent = e.message; });
        });
        var dd = el('dd');
        dd.appendChild(read);
        dl.appendChild(dd);
      }
      fact(dl, '信访人', c.anonymous ? '匿名' : c.petitioner_name); fact(dl, '电话', c.contact_phone);
      fact(dl, '住址', c.petitioner_address); fact(dl, '问题发生地', c.location);
      fact(dl, '类型', KINDS[c.kind] || c.kind); fact(dl, '被反映单位', c.polluter); fact(dl, '被检举人', c.accused);
      // As the petitioner said it ("几百户"), never a number of people; rows from before show their number.
      fact(dl, '影响范围', c.affected_text || (c.affected != null ? c.affected + '人' : null));
      fact(dl, '诉求', c.request); fact(dl, '事实和情况', c.facts); fact(dl, '责任部门', c.department);
      fact(dl, '转来机关', c.transferred_from);
      var dls = clear($('deadlines'));
      [['告知期限', c.notice_due], ['异议期限', c.objection_due], ['办理期限', c.handling_due], ['结果报告', c.report_due]]
        .forEach(function (d) { if (d[1]) { var li = el('li'); li.appendChild(dueSpan(d[1], d[0])); dls.appendChild(li); } });
      renderProposal(c.proposal);
      renderAccused(c);
      renderRedaction(c);
      $('govReport').hidden = !(c.urgent && can('ACT'));
      $('correctOpen').hidden = !can('REGISTER');
      $('govResult').textContent = '';
      loadTimeline(c.case_number);
      loadActs(c);
    }).catch(function (e) { $('caseError').textContent = e.message; });
  }
  function proposalOf(c) {
    var p = c && c.proposal;
    if (typeof p === 'string') { try { p = JSON.parse(p); } catch (e) { p = null; } }
    return p || null;
  }
  var PROPOSALS = { accept: '受理', transfer: '转送', tell_competent: '告知向有权机关提出', refer: '告知向其他机关提出',
    escalate: '报上一级', not_accepted: '不予受理', repeat: '重复信访', more_info: '需补充地点' };
  function renderProposal(raw) {
    var box = clear($('proposal'));
    var p = proposalOf({ proposal: raw });
    if (!p) { box.textContent = '无'; return; }
    var names = PROPOSALS;
    box.appendChild(el('strong', null, (names[p.decision] || p.decision) + (p.departmentName ? ' → ' + p.departmentName : '') +
      (p.referral ? ' → ' + p.referral : '')));
    box.appendChild(el('p', null, p.reason || ''));
    if (p.articles && p.articles.length) { box.appendChild(el('p', 'hint', '依据：' + p.articles.join('、'))); }
  }
  function stamp(by, at) {
    return (by || '').replace(/^staff:/, '') + ' 于 ' + new Date(at).toLocaleString('zh-CN');
  }

  /* ---------- the accused unit of an accusation (Art 23): confirmed by a person before any transfer ---------- */
  function renderAccused(c) {
    var box = $('accusedBox');
    box.hidden = !(c.category === '检举控告' && can('ACT'));
    if (box.hidden) { return; }
    $('accusedError').textContent = '';
    $('accusedCode').value = '';
    var confirmed = !!c.accused_confirmed_at;
    var state = $('accusedState');
    state.className = 'state ' + (confirmed ? 'done' : 'pending');
    state.textContent = confirmed ? '已由 ' + stamp(c.accused_confirmed_by, c.accused_confirmed_at) + ' 确认。'
      : '待确认：以下为登记时识别出的被检举控告单位，请核对。';
    var ul = clear($('accusedUnits'));
    var units = c.accused_units || [];
    if (!units.length) { ul.appendChild(el('li', 'hint', '未识别出被检举控告单位，请在下面填写。')); }
    units.forEach(function (u) {
      var li = el('li');
      li.setAttribute('data-code', u.code);
      li.appendChild(el('span', null, u.name || '（目录中无此代码）'));
      li.appendChild(el('span', 'code', u.code + (u.level ? ' · ' + u.level : '')));
      if (confirmed) {
        li.appendChild(el('span', 'confirmed', '已回避'));
      } else {
        var b = el('button', null, '确认此单位');
        b.type = 'button';
        b.setAttribute('aria-label', '确认此单位：' + (u.name || u.code));
        b.addEventListener('click', function () { confirmAccused(u.code); });
        li.appendChild(b);
      }
      ul.appendChild(li);
    });
  }
  function confirmAccused(code) {
    var c = currentCase;
    $('accusedError').textContent = '';
    post('/cases/' + encodeURIComponent(c.case_number) + '/accused', { department: code })
      .then(function () { openCase(c.case_number); })
      .catch(function (e) { $('accusedError').textContent = e.message; });
  }
  var directoryTimer = null;
  $('accusedCode').addEventListener('input', function () {
    var q = $('accusedCode').value.trim();
    if (directoryTimer) { clearTimeout(directoryTimer); }
    if (!q) { return; }
    directoryTimer = setTimeout(function () {
      get('/directory?q=' + encodeURIComponent(q)).then(function (d) {
        var list = clear($('accusedOptions'));
        (d.departments || []).forEach(function (u) {
          var o = el('option', null, u.name + '（' + u.level + '）');
          o.value = u.code;
          list.appendChild(o);
        });
      }).catch(function () {});
    }, 200);
  });
  $('accusedForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = $('accusedCode').value.trim();
    if (/^[0-9]{2}([0-9]{2}([0-9]{2})?)?$/.test(q)) { confirmAccused(q); return; }
    if (!q) { $('accusedError').textContent = '请填写单位名称或区划代码。'; return; }
    // A name: confirmed only when the directory knows exactly one unit by it.
    get('/directory?q=' + encodeURIComponent(q)).then(function (d) {
      var found = d.departments || [];
      var exact = found.filter(function (u) { return u.name === q; });
      var pick = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : null;
      if (pick) { confirmAccused(pick.code); return; }
      $('accusedError').textContent = found.length ? '有多个单位符合，请从列表中选择或填写区划代码。' : '目录中没有这个单位。';
    }).catch(function (e) { $('accusedError').textContent = e.message; });
  });

  /* ---------- the redacted copy: a person confirms it before any copy for the reported party leaves ---------- */
  var PLACEHOLDERS = /【(?:姓名|电话|身份证号|地址|本人情况)】/g;
  /* The copy with its placeholders marked; the original with the spans they replaced marked, found by walking the
   * text the two share (the copy is the original with spans replaced). Unaligned: the original unmarked. */
  function showRedacted(original, copy, origBox, copyBox) {
    clear(origBox); clear(copyBox);
    original = original || ''; copy = copy || '';
    var pieces = copy.split(PLACEHOLDERS);
    var marks = copy.match(PLACEHOLDERS) || [];
    pieces.forEach(function (p, i) {
      copyBox.appendChild(document.createTextNode(p));
      if (i < marks.length) { copyBox.appendChild(el('mark', 'masked', marks[i])); }
    });
    // Adjacent placeholders (an empty piece between them) make one marked span of the original.
    var spans = [];
    var aligned = original.indexOf(pieces[0]) === 0;
    var start = pieces[0].length;
    for (var i = 1; aligned && i < pieces.length; i++) {
      var p = pieces[i];
      if (i < pieces.length - 1 && p === '') { continue; }
      var next = i === pieces.length - 1 ? original.length - p.length : original.indexOf(p, start + 1);
      aligned = next > start && original.slice(next, next + p.length) === p;
      spans.push([start, next]);
      start = next + p.length;
    }
    if (!aligned || pieces.length === 1 && original !== copy) { origBox.textContent = original; return false; }
    var from = 0;
    spans.forEach(function (sp) {
      origBox.appendChild(document.createTextNode(original.slice(from, sp[0])));
      origBox.appendChild(el('mark', null, original.slice(sp[0], sp[1])));
      from = sp[1];
    });
    origBox.appendChild(document.createTextNode(original.slice(from)));
    return true;
  }
  function renderRedaction(c) {
    var box = $('redactionBox');
    box.hidden = !can('ACT') || c.redacted === true;
    if (box.hidden) { return; }
    $('redactionError').textContent = '';
    var confirmed = !!c.redaction_confirmed_at;
    var state = $('redactionState');
    state.className = 'state ' + (confirmed ? 'done' : 'pending');
    var none = c.facts_redacted === null || c.facts_redacted === undefined;
    state.textContent = confirmed ? '已由 ' + stamp(c.redaction_confirmed_by, c.redaction_confirmed_at) + ' 确认。'
      : none ? '此案件没有脱敏副本：请写出遮盖了信访人身份的事实和诉求，再确认。'
      : '待确认：确认前，不向被反映方提供任何材料（导出、文书）。';
    showRedacted(c.facts, none ? '' : c.facts_redacted, $('origFacts'), $('redFacts'));
    showRedacted(c.request, none ? '' : c.request_redacted, $('origRequest'), $('redRequest'));
    $('rd-facts').value = none ? (c.facts || '') : c.facts_redacted;
    $('rd-request').value = none ? (c.request || '') : (c.request_redacted || '');
    $('redactionConfirm').textContent = confirmed ? '更正并重新确认' : '确认脱敏副本';
  }
  $('rd-maskSelected').addEventListener('click', function () {
    var t = document.activeElement === $('rd-request') || lastMaskTarget === $('rd-request') ? $('rd-request') : $('rd-facts');
    var a = t.selectionStart, b = t.selectionEnd;
    if (a === b) { $('redactionError').textContent = '请先在上面的文本中选中要遮盖的文字。'; return; }
    t.value = t.value.slice(0, a) + $('rd-mask').value + t.value.slice(b);
    $('redactionError').textContent = '';
    t.focus();
    t.setSelectionRange(a + $('rd-mask').value.length, a + $('rd-mask').value.length);
  });
  var lastMaskTarget = null;
  ['rd-facts', 'rd-request'].forEach(function (id) {
    $(id).addEventListener('select', function () { lastMaskTarget = $(id); });
    $(id).addEventListener('focus', function () { lastMaskTarget = $(id); });
  });
  $('redactionForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var c = currentCase;
    var body = {};
    var facts = $('rd-facts').value.trim(), request = $('rd-request').value.trim();
    // Only what was changed is sent: the copy made at registration stays as it is otherwise.
    if (facts && facts !== (c.facts_redacted || '')) { body.facts = facts; }
    if (request && request !== (c.request_redacted || '')) { body.request = request; }
    $('redactionConfirm').disabled = true;
    post('/cases/' + encodeURIComponent(c.case_number) + '/redaction', body)
      .then(function () { openCase(c.case_number); })
      .catch(function (e) { $('redactionError').textContent = e.message; })
      .then(function () { $('redactionConfirm').disabled = false; });
  });

  /* The documents a case has: those whose act is on its history (an opinion letter by the article it rests on). */
  var DOCUMENT_OF = { accept: 'acceptance', not_accept: 'non_acceptance', transfer: 'transfer', refer: 'referral',
    extend: 'extension', mediate: 'mediation' };
  var OPINION_OF = { '第二十五条': 'opinion', '第三十条': 'review_opinion', '第三十一条': 'rereview_opinion' };
  function renderDocuments(n, events) {
    var ul = clear($('documents'));
    var have = {};
    (events || []).forEach(function (e) {
      if (DOCUMENT_OF[e.kind]) { have[DOCUMENT_OF[e.kind]] = true; }
      if (e.kind === 'reply_delivered' && OPINION_OF[e.article]) { have[OPINION_OF[e.article]] = true; }
    });
    if (!Object.keys(have).length) { ul.appendChild(el('li', 'hint', '尚无文书（作出相应决定后生成）。')); return; }
    Object.keys(DOCUMENTS).filter(function (t) { return have[t]; }).forEach(function (type) {
      var li = el('li');
      var a = el('a', null, DOCUMENTS[type]);
      a.href = API + '/cases/' + encodeURIComponent(n) + '/documents/' + type; a.target = '_blank'; a.rel = 'noopener';
      var pdf = el('a', null, 'PDF');
      pdf.href = a.href + '?format=pdf'; pdf.target = '_blank'; pdf.rel = 'noopener';
      li.appendChild(a); li.appendChild(document.createTextNode(' · ')); li.appendChild(pdf);
      ul.appendChild(li);
    });
  }
  function loadTimeline(n) {
    get('/cases/' + encodeURIComponent(n) + '/history').then(function (d) {
      renderDocuments(n, d.events);
      var ol = clear($('timeline'));
      (d.events || []).forEach(function (e) {
        var li = el('li', null, new Date(e.at).toLocaleString('zh-CN') + ' · ' + (EVENTS[e.kind] || e.kind) + (e.actor ? ' · ' + e.actor.replace(/^staff:/, '') : '') +
          (e.state_to ? ' → ' + (STATES[e.state_to] || e.state_to) : '') + (e.article ? '（' + e.article + '）' : '') +
          (e.reason ? '：' + e.reason : ''));
        // A correction shows each value before and after (identity values as the caller's role may see them).
        (e.changes || []).forEach(function (ch) {
          li.appendChild(el('div', 'hint', (CORRECTED_FIELDS[ch.field] || ch.field) + '：' + (ch.from == null ? '（无）' : ch.from) +
            ' → ' + (ch.to == null ? '（无）' : ch.to)));
        });
        ol.appendChild(li);
      });
    }).catch(function () {});
  }
  function loadActs(c) {
    var ul = clear($('acts'));
    if (!can('ACT')) { ul.appendChild(el('li', 'hint', '您的角色不办理案件。')); return; }
    var p = proposalOf(c);
    var proposed = p ? PROPOSED_ACT[p.decision] : null;
    get('/cases/' + encodeURIComponent(c.case_number) + '/acts').then(function (d) {
      var acts = d.acts || [];
      acts.sort(function (a, b) { return (b.allowed ? 1 : 0) - (a.allowed ? 1 : 0); });
      acts.forEach(function (a) {
        var li = el('li', a.act === proposed && a.allowed ? 'proposed' : null);
        li.setAttribute('data-act', a.act);
        var b = el('button', a.allowed ? null : 'secondary', a.label);
        b.type = 'button';
        b.disabled = !a.allowed;
        b.addEventListener('click', function () { openAct(a, c, p); });
        li.appendChild(b);
        if (!a.allowed) { li.appendChild(el('span', 'refusal', a.refusal + (a.article ? '（' + a.article + '）' : ''))); }
        else if (a.act === proposed) { li.appendChild(el('span', 'hint', '办理建议')); }
        ul.appendChild(li);
      });
    }).catch(function (e) { ul.appendChild(el('li', 'error', e.message)); });
  }
  function field(spec, value) {
    var label = el('label', null, spec[1]);
    var input;
    if (spec[2] === 'select') {
      input = el('select');
      spec[3].forEach(function (o) { var opt = el('option', null, o[1]); opt.value = o[0]; input.appendChild(opt); });
    } else if (spec[2] === 'textarea') {
      input = el('textarea'); input.rows = 3;
    } else {
      input = el('input'); if (spec[2] === 'number') { input.type = 'number'; input.min = '1'; }
    }
    input.name = spec[0];
    if (value !== undefined && value !== null) { input.value = value; }
    label.appendChild(input);
    return label;
  }
  function openAct(a, c, p) {
    var form = $('actForm');
    form.hidden = false;
    form.setAttribute('data-act', a.act);
    $('actTitle').textContent = a.label;
    $('actError').textContent = '';
    var box = clear($('actFields'));
    var pre = {};
    if (p) {
      pre.reason = p.reason;
      if (a.act === 'transfer') { pre.to = p.departmentCode; pre.reportDays = p.reportDays; }
      if (a.act === 'refer') { pre.to = p.referral || p.departmentName; }
      if (a.act === 'not_accept' && p.articles) {
        var g = { '第十八条第一项': '18(1)', '第十八条第二项': '18(2)', '第十八条第三项': '18(3)', '第三十一条第二款': '31' };
        p.articles.forEach(function (x) { if (g[x]) { pre.ground = g[x]; } });
      }
    }
    box.appendChild(field(['reason', '理由', 'textarea'], pre.reason));
    (ACT_FIELDS[a.act] || []).forEach(function (f) { box.appendChild(field(f, pre[f[0]])); });
    box.appendChild(field(['on', '生效日期（留空为今天）', 'date']));
    box.querySelector('textarea, input, select').focus();
  }
  $('actCancel').addEventListener('click', function () { $('actForm').hidden = true; });
  $('actForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var c = currentCase;
    var body = { act: $('actForm').getAttribute('data-act'), version: c.version };
    Array.prototype.forEach.call($('actFields').querySelectorAll('input, select, textarea'), function (f) {
      if (f.value.trim() === '') { return; }
      body[f.name] = f.type === 'number' ? parseInt(f.value, 10) : f.value.trim();
    });
    $('actSubmit').disabled = true;
    post('/cases/' + encodeURIComponent(c.case_number) + '/acts', body).then(function (r) {
      $('actForm').hidden = true;
      $('caseError').textContent = '';
      openCase(c.case_number);
    }).catch(function (e) {
      $('actError').textContent = e.message + (e.data && e.data.error && e.data.error.article ? '（' + e.data.error.article + '）' : '');
    }).then(function () { $('actSubmit').disabled = false; });
  });

  /* ---------- correcting what was registered ---------- */
  $('correctOpen').addEventListener('click', function () {
    Array.prototype.forEach.call($('correctForm').querySelectorAll('input, select, textarea'), function (f) { f.value = ''; });
    $('correctError').textContent = '';
    $('correctForm').hidden = false;
    $('k-reason').focus();
  });
  $('correctCancel').addEventListener('click', function () { $('correctForm').hidden = true; });
  $('correctForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var c = currentCase;
    var body = { version: c.version };
    Array.prototype.forEach.call($('correctForm').querySelectorAll('input, select, textarea'), function (f) {
      if (f.value.trim() === '') { return; }
      body[f.name] = f.name === 'subtype' ? parseInt(f.value, 10) : f.value.trim();
    });
    $('correctSubmit').disabled = true;
    post('/cases/' + encodeURIComponent(c.case_number) + '/corrections', body).then(function () {
      $('correctForm').hidden = true;
      openCase(c.case_number);
    }).catch(function (e) {
      $('correctError').textContent = e.message + (e.data && e.data.error && e.data.error.article ? '（' + e.data.error.article + '）' : '');
    }).then(function () { $('correctSubmit').disabled = false; });
  });

  /* ---------- registration ---------- */
  var FORM_FIELDS = ['channel', 'receivedOn', 'lateReason', 'category', 'subtype', 'name', 'phone', 'address', 'location', 'kind',
    'matter', 'polluter', 'affected', 'since', 'accused', 'request', 'facts', 'lang'];
  function today() {
    return serverToday || new Date(now() + 8 * 3600000).toISOString().slice(0, 10);
  }
  // What a letter says, read again for each letter: a second 识别 must not keep the first letter's name or phone.
  var READ_FIELDS = FORM_FIELDS.filter(function (k) { return k !== 'channel' && k !== 'receivedOn' && k !== 'lateReason'; });
  function clearRead() {
    READ_FIELDS.forEach(function (k) {
      var f = $('r-' + k);
      if (f.tagName === 'SELECT') { f.selectedIndex = defaultIndex(f); } else { f.value = ''; }
      f.parentNode.classList.remove('unsure', 'filled');
    });
    $('r-urgent').checked = false;
  }
  function defaultIndex(select) {
    for (var i = 0; i < select.options.length; i++) { if (select.options[i].defaultSelected) { return i; } }
    return 0;
  }
  function resetRegister() {
    // The channel stays (a clerk registers a pile of letters, or an afternoon of calls), but not a conversation's.
    var channel = $('r-conversationId').value ? null : $('r-channel').value;
    $('registerForm').reset();
    if (channel) { $('r-channel').value = channel; }
    $('r-conversationId').value = '';
    $('r-receivedOn').value = '';
    Array.prototype.forEach.call($('registerForm').querySelectorAll('.fields label'), function (l) {
      l.classList.remove('unsure', 'filled');
    });
    $('registerError').textContent = '';
  }
  function fill(values, confidence) {
    FORM_FIELDS.forEach(function (k) {
      var f = $('r-' + k);
      if (!f || values[k] === undefined || values[k] === null) { return; }
      // A value the list does not offer (a matter type added to the vocabulary later) is kept, not dropped.
      if (f.tagName === 'SELECT' && !Array.prototype.some.call(f.options, function (o) { return o.value === String(values[k]); })) {
        f.appendChild(el('option', null, String(values[k]))).value = String(values[k]);
      }
      f.value = values[k];
      var c = confidence ? confidence[k] : undefined;
      f.parentNode.classList.toggle('unsure', c !== undefined && c < 0.7);
      f.parentNode.classList.toggle('filled', c === undefined || c >= 0.7);
    });
    if (values.urgent !== undefined) { $('r-urgent').checked = !!values.urgent; }
  }
  function prepareRegister(conversation) {
    $('registered').textContent = '';
    resetRegister();
    if (conversation) {
      get('/workspace/conversations/' + conversation + '/prefill').then(function (f) {
        $('r-conversationId').value = f.conversationId;
        $('r-channel').value = 'web';
        f.location = f.place;
        fill(f, null);
        $('registered').textContent = '已从会话填入，请核对后确认登记。';
      }).catch(function (e) { $('registerError').textContent = e.message; });
    }
  }
  $('extract').addEventListener('click', function () {
    var text = $('pasteText').value.trim();
    $('registerError').textContent = '';
    if (!text) { $('registerError').textContent = '请先粘贴文字。'; return; }
    $('extract').disabled = true;
    post('/extract', { text: text }).then(function (x) {
      clearRead();
      fill(x.fields, x.confidence);
      $('registered').textContent = '已识别并填入' + (x.lifeSafety ? '（可能危及生命，请立即处置！）' : '') + '，黄色为需重点核对的项目。';
    }).catch(function (e) { $('registerError').textContent = e.message; })
      .then(function () { $('extract').disabled = false; });
  });
  $('registerForm').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var body = {};
    FORM_FIELDS.forEach(function (k) {
      var v = $('r-' + k).value.trim();
      // A number of people typed as digits is sent as a number; anything else as the petitioner's words ("几百户").
      if (v) { body[k] = k === 'subtype' || (k === 'affected' && /^[0-9]{1,9}$/.test(v)) ? parseInt(v, 10) : v; }
    });
    if (body.category !== '申诉求决') { delete body.subtype; }
    body.urgent = $('r-urgent').checked;
    if ($('r-conversationId').value) { body.conversationId = $('r-conversationId').value; }
    $('registerSubmit').disabled = true;
    $('registerError').textContent = '';
    post('/cases', body).then(function (r) {
      var out = clear($('registered'));
      out.appendChild(document.createTextNode('已登记：'));
      var a = el('a', 'caseLink', r.caseNumber);
      a.href = '#case/' + encodeURIComponent(r.caseNumber);
      out.appendChild(a);
      out.appendChild(document.createTextNode('，查询码 ' + r.queryCode + '（仅显示一次，请写入回执），告知期限 ' + (r.noticeDue || '—')));
      // The clerk of forty letters a day sees at once what routing proposes, and a letter that repeats an open case.
      var p = r.proposal;
      if (p && p.decision) {
        var hint = el('span', 'proposalHint' + (p.duplicateOf ? ' duplicate' : ''));
        hint.appendChild(document.createTextNode('；办理建议：' + (PROPOSALS[p.decision] || p.decision) +
          (p.departmentName ? ' → ' + p.departmentName : '')));
        if (p.duplicateOf) {
          hint.appendChild(document.createTextNode('，与案件 '));
          var first = el('a', 'duplicateOf', p.duplicateOf);
          first.href = '#case/' + encodeURIComponent(p.duplicateOf);
          hint.appendChild(first);
          hint.appendChild(document.createTextNode(' 为同一事项，请核对'));
        }
        out.appendChild(hint);
      }
      $('pasteText').value = '';
      resetRegister();
      // The next letter is pasted at once: no reach for the mouse between forty letters.
      $('pasteText').focus();
    }).catch(function (e) {
      $('registerError').textContent = e.message;
      var field = e.data && e.data.error && e.data.error.field;
      if (field && $('r-' + field)) { $('r-' + field).focus(); }
    }).then(function () { $('registerSubmit').disabled = false; });
  });

  /* ---------- worklists ---------- */
  function row(cells) {
    var tr = el('tr');
    cells.forEach(function (c) { var td = el('td'); if (c instanceof Node) { td.appendChild(c); } else { td.textContent = c === null || c === undefined ? '' : c; } tr.appendChild(td); });
    return tr;
  }
  function caseLink(n) { var a = el('a', null, n); a.href = '#case/' + encodeURIComponent(n); return a; }
  function loadNotices() {
    get('/notices?status=pending').then(function (d) {
      return get('/notices?status=failed').then(function (f) { return (d.notices || []).concat(f.notices || []); });
    }).then(function (list) {
      var body = clear($('noticeTable').tBodies[0]);
      list.forEach(function (n) {
        var doc = el('span');
        if (n.document) {
          var a = el('a', null, DOCUMENTS[n.document] || n.document);
          a.href = API + '/cases/' + encodeURIComponent(n.case_number) + '/documents/' + n.document; a.target = '_blank'; a.rel = 'noopener';
          doc.appendChild(a);
        }
        var acts = el('span');
        [['sent', '已寄出'], ['delivered', '已送达'], ['failed', '未能送达']].forEach(function (s) {
          var b = el('button', 'secondary', s[1]); b.type = 'button';
          b.addEventListener('click', function () {
            post('/notices/' + n.id + '/delivery', { status: s[0] }).then(loadNotices, function (e) { alert(e.message); });
          });
          acts.appendChild(b);
        });
        body.appendChild(row([caseLink(n.case_number), n.act, CHANNELS[n.channel] || n.channel, NOTICE_STATUS[n.status] || n.status, doc, acts]));
      });
    }).catch(function (e) { alert(e.message); });
  }
  /* The overdue list with the screen's filters (a department code lists it and those below); format=csv exports it. */
  function overdueQuery(format) {
    var q = [];
    var dept = $('o-department').value.trim();
    if (dept) { q.push('department=' + encodeURIComponent(dept)); }
    if ($('o-clock').value) { q.push('clock=' + encodeURIComponent($('o-clock').value)); }
    if ($('o-within').value) { q.push('within=' + encodeURIComponent($('o-within').value)); }
    if (format) { q.push('format=' + format); }
    return '/supervision/overdue' + (q.length ? '?' + q.join('&') : '');
  }
  /* A refused filter shows the API's words beside the field, never an empty list read as "nothing overdue". */
  function overdueRefused(e) {
    clear($('overdueTable').tBodies[0]);
    $('overdueCount').textContent = '';
    $('overdueError').textContent = e.message;
    var field = e.data && e.data.error && e.data.error.field;
    if (field && $('o-' + field)) { $('o-' + field).focus(); }
  }
  function loadOverdue() {
    $('overdueError').textContent = '';
    get(overdueQuery()).then(function (d) {
      var body = clear($('overdueTable').tBodies[0]);
      var list = d.cases || [];
      $('overdueCount').textContent = '（' + list.length + '）';
      list.forEach(function (c) {
        var tr = row([caseLink(c.case_number), CLOCKS[c.clock] || c.clock, dueSpan(c.due), STATES[c.state] || c.state,
          c.sent_to || c.department, c.notes ? c.notes + '次' + (c.answered ? '（已反馈）' : '') : '']);
        tr.setAttribute('data-case', c.case_number);
        body.appendChild(tr);
      });
    }).catch(overdueRefused);
  }
  $('overdueFilter').addEventListener('submit', function (ev) { ev.preventDefault(); loadOverdue(); });
  /* The API's CSV, fetched (so a refusal is shown here, not opened as a page) and saved under the name it gives. */
  $('overdueExport').addEventListener('click', function () {
    $('overdueError').textContent = '';
    fetch(API + overdueQuery('csv'), { credentials: 'same-origin', headers: { 'Accept': 'text/csv', 'Accept-Language': 'zh-CN' } })
      .then(function (r) {
        if (r.status === 401) { showLogin(); }
        if (!r.ok) {
          return r.text().then(function (t) {
            var data = null;
            try { data = JSON.parse(t); } catch (x) { data = null; }
            var err = new Error(data && data.error ? data.error.message : '导出失败（' + r.status + '）');
            err.data = data;
            throw err;
          });
        }
        var named = /filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '');
        return r.blob().then(function (b) {
          var a = el('a');
          a.href = URL.createObjectURL(b);
          a.download = named ? named[1] : 'overdue.csv';
          a.hidden = true;
          document.body.appendChild(a);
          a.click();
          document.body.removeChild(a);
          setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
        });
      }).catch(overdueRefused);
  });
  function loadHotspots() {
    get('/supervision/hotspots').then(function (d) {
      var body = clear($('hotspotTable').tBodies[0]);
      (d.hotspots || []).forEach(function (h) {
        var links = el('span');
        (h.numbers || []).forEach(function (n) { links.appendChild(caseLink(n)); links.appendChild(document.createTextNode(' ')); });
        body.appendChild(row([h.by === 'polluter' ? '单位' : '地点', h.key, KINDS[h.kind] || h.kind || '', h.cases, links]));
      });
    }).catch(function (e) { alert(e.message); });
  }

  $('govReport').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var n = currentCase.case_number;
    var body = { to: $('g-to').value.trim() };
    if ($('g-how').value.trim()) { body.how = $('g-how').value.trim(); }
    post('/workspace/cases/' + encodeURIComponent(n) + '/government-report', body).then(function () {
      $('govResult').textContent = '已记录报告（报告人、对象和时间载入办理经过）。';
      $('govReport').reset();
      loadTimeline(n);
    }, function (e) { $('govResult').textContent = e.message; });
  });

  /* ---------- the duty roster (correction 3) ---------- */
  function loadDuty() {
    $('addDuty').hidden = !can('SUPERVISE');
    get('/workspace/duty').then(function (d) {
      var body = clear($('dutyTable').tBodies[0]);
      (d.shifts || []).forEach(function (s) {
        body.appendChild(row([s.login, s.department, new Date(s.from).toLocaleString('zh-CN'),
          new Date(s.to).toLocaleString('zh-CN'), (s.by || '').replace(/^staff:/, '')]));
      });
    }).catch(function (e) { $('dutyResult').textContent = e.message; });
  }
  $('addDuty').addEventListener('submit', function (ev) {
    ev.preventDefault();
    // The inputs are Beijing time.
    function instant(v) { return new Date(v + ':00+08:00').toISOString().replace(/\.\d{3}Z$/, 'Z'); }
    var body = { login: $('d-login').value.trim(), from: instant($('d-from').value), to: instant($('d-to').value) };
    if ($('d-phone').value.trim()) { body.phone = $('d-phone').value.trim(); }
    if ($('d-wecom').value.trim()) { body.wecomUser = $('d-wecom').value.trim(); }
    post('/workspace/duty', body).then(function () {
      $('dutyResult').textContent = '已添加班次。'; $('addDuty').reset(); loadDuty();
    }, function (e) { $('dutyResult').textContent = e.message; });
  });

  /* ---------- administration ---------- */
  function loadUsers() {
    get('/users').then(function (d) {
      var body = clear($('userTable').tBodies[0]);
      (d.users || []).forEach(function (u) {
        var ops = el('span');
        var toggle = el('button', 'secondary', u.disabled ? '启用' : '停用'); toggle.type = 'button';
        toggle.addEventListener('click', function () { patchUser(u.login, { disabled: !u.disabled }); });
        var role = el('select');
        Object.keys(ROLES).forEach(function (r) { var o = el('option', null, ROLES[r]); o.value = r; role.appendChild(o); });
        role.value = u.role;
        role.setAttribute('aria-label', u.login + ' 的角色');
        role.addEventListener('change', function () { patchUser(u.login, { role: role.value }); });
        var dept = el('input'); dept.size = 8; dept.value = u.department; dept.setAttribute('aria-label', u.login + ' 的部门代码');
        var move = el('button', 'secondary', '调整部门'); move.type = 'button';
        move.addEventListener('click', function () { patchUser(u.login, { department: dept.value.trim() }); });
        var reset = el('button', 'secondary', '重置密码'); reset.type = 'button';
        reset.addEventListener('click', function () {
          post('/users/' + encodeURIComponent(u.login) + '/password').then(function (r) {
            $('userResult').textContent = u.login + ' 的一次性密码：' + r.oneTimePassword;
          }, function (e) { $('userResult').textContent = e.message; });
        });
        ops.appendChild(role); ops.appendChild(dept); ops.appendChild(move); ops.appendChild(toggle); ops.appendChild(reset);
        var tr = row([u.login, u.name, ROLES[u.role] || u.role, (u.departmentName || '') + '（' + u.department + '）',
          u.disabled ? '已停用' : '正常', ops]);
        tr.setAttribute('data-user', u.login);
        body.appendChild(tr);
      });
    }).catch(function (e) { $('userResult').textContent = e.message; });
  }
  function patchUser(login, change) {
    api('PATCH', '/users/' + encodeURIComponent(login), change).then(function () {
      $('userResult').textContent = '已保存。'; loadUsers();
    }, function (e) { $('userResult').textContent = e.message; loadUsers(); });
  }
  $('addUser').addEventListener('submit', function (ev) {
    ev.preventDefault();
    post('/users', { login: $('u-login').value.trim(), name: $('u-name').value.trim(), role: $('u-role').value,
      department: $('u-department').value.trim() || me.department }).then(function (r) {
      $('userResult').textContent = '已添加 ' + r.user.login + '，一次性密码：' + r.oneTimePassword + '（首次登录须修改）';
      $('addUser').reset(); loadUsers();
    }, function (e) { $('userResult').textContent = e.message; });
  });

  /* ---------- start ---------- */
  get('/session').then(started, showLogin);
}());
