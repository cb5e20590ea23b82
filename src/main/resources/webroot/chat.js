/* 生态环境信访 · 在线反映 — chat page (docs/webchat-protocol.md).
 * Plain ES2017 for old Android WebViews / WeChat: no modules, no `?.`, no `??`.
 * Server text is only ever inserted with textContent. */
(function () {
  'use strict';

  var K_TOKEN = 'ecopetition.token', K_SINCE = 'ecopetition.since',
    K_LANG = 'ecopetition.lang', K_OUTBOX = 'ecopetition.outbox', K_RECEIPT = 'ecopetition.receipt.';
  var MAX_BYTES = 4096, WARN_BYTES = 3500, PING_MS = 25000, PONG_MS = 10000,
    POLL_MS = 3000, MAX_BACKOFF = 15000, WS_TRIES = 3, CONNECT_MS = 12000, HTTP_MS = 20000;

  var T = {
    zh: {
      title: '生态环境信访 · 在线反映', langBtn: 'English', langAria: 'Switch to English', other: 'en',
      placeholder: '请输入您要反映的内容', send: '发送', query: '查询进度', log: '对话记录',
      connecting: '连接中…', connected: '已连接', reconnecting: '网络不稳定，正在重连…', offline: '已断网',
      offlineBanner: '手机没有网络。您写的内容会保留，联网后自动发送。', cancel: '取消',
      addPhoto: '添加照片', photos: '照片 {n} 张，将随反映一并提交（最多 6 张）', photoSending: '正在处理照片…',
      photoMax: '每次反映最多附 6 张照片。', photoType: '只能添加 JPEG、PNG、HEIC 或 WebP 照片。',
      photoBig: '照片太大了：每张不能超过 10 MB。', photoUnreadable: '这张照片无法在本浏览器中读取（HEIC 可在相机设置中改为“兼容性最佳”，或截图后添加）。',
      photoRetry: '照片未发送，点此重试', photoLater: '连接建立后才能发送照片，请稍后点此重试。', photosWith: '已随反映提交照片 {n} 张。',
      staff: '工作人员', pending: '发送中…', failed: '未发送，点此重试', newMsgs: '以下为新消息',
      bytes: '字节', tooLong: '内容过长，请分成几条发送',
      receipt: '受理回执', caseNo: '案件编号', code: '查询码', copy: '复制', copied: '已复制', copyFail: '请长按文字手动复制',
      saveReceipt: '保存回执', check: '查询进度', saved: '我已保存查询码', savedSure: '确认已保存？点此从本机清除查询码',
      codeGone: '查询码已从本机清除（服务器不会再次显示）。如已遗失，请拨打{hotline}。',
      codeKept: '查询码只保存在本机浏览器中，保存好之前请不要清除。', longPress: '长按图片，选择“保存图片”存到手机相册。',
      downloaded: '回执图片已下载；也可长按或右键下图保存。', receiptImg: '受理回执图片', receiptFoot: '凭案件编号和查询码查询进度：'
    },
    en: {
      title: 'Eco-Environment Petitions · Report Online', langBtn: '中文', langAria: '切换到中文', other: 'zh-CN',
      placeholder: 'Type your message', send: 'Send', query: 'Check progress', log: 'Conversation',
      connecting: 'Connecting…', connected: 'Connected', reconnecting: 'Unstable network, reconnecting…', offline: 'Offline',
      offlineBanner: 'No network. What you write is kept and sent when the phone is back online.', cancel: 'Cancel',
      addPhoto: 'Add photos', photos: '{n} photo(s), sent with your report (at most 6)', photoSending: 'Preparing the photo…',
      photoMax: 'A report can carry at most 6 photos.', photoType: 'Only JPEG, PNG, HEIC or WebP photos can be added.',
      photoBig: 'The photo is too large: at most 10 MB each.', photoUnreadable: 'This browser cannot read this photo (for HEIC, choose "Most compatible" in the camera settings, or add a screenshot).',
      photoRetry: 'Photo not sent. Tap to retry', photoLater: 'Photos can be sent once connected; tap to retry in a moment.', photosWith: '{n} photo(s) were sent with the report.',
      staff: 'Staff', pending: 'Sending…', failed: 'Not sent. Tap to retry', newMsgs: 'New messages',
      bytes: 'bytes', tooLong: 'Too long. Please split it into several messages',
      receipt: 'Receipt', caseNo: 'Case number', code: 'Query code', copy: 'Copy', copied: 'Copied', copyFail: 'Press and hold the text to copy it',
      saveReceipt: 'Save receipt', check: 'Check progress', saved: 'I have saved the code', savedSure: 'Sure? Tap to remove the code from this device',
      codeGone: 'The query code was removed from this device (the server never shows it again). If you lost it, call {hotline}.',
      codeKept: 'The query code is kept only in this browser; do not clear it before you have saved it.',
      longPress: 'Press and hold the picture and choose "Save image".',
      downloaded: 'The receipt picture was downloaded; you can also save the picture below.', receiptImg: 'Receipt picture',
      receiptFoot: 'Check the progress with the case number and the query code at:'
    }
  };

  function $(id) { return document.getElementById(id); }
  var list = $('messages'), input = $('input'), sendBtn = $('send'), statusEl = $('status'),
    langBtn = $('lang'), counter = $('counter'), app = $('app'), form = $('bar');

  /* ---- storage (localStorage may be unavailable in some in-app browsers) ---- */
  var mem = {};
  function load(k) {
    try { return window.localStorage.getItem(k); } catch (e) { return mem.hasOwnProperty(k) ? mem[k] : null; }
  }
  function save(k, v) {
    var del = v === null || v === undefined;
    if (del) delete mem[k]; else mem[k] = String(v);
    try { if (del) window.localStorage.removeItem(k); else window.localStorage.setItem(k, String(v)); } catch (e) { /* memory only */ }
  }

  /* ---- state ---- */
  var storedLang = load(K_LANG);
  var lang = storedLang === 'en' ? 'en' : 'zh';
  var langChosen = storedLang === 'en' || storedLang === 'zh';
  var token = load(K_TOKEN) || null;
  var loadSince = parseInt(load(K_SINCE), 10) || 0; // highest id seen on this device before this page load
  var savedSince = loadSince;
  var maxId = 0, rendered = {}, outbox = [], divided = false, sentThisPage = false, gen = 0;
  var mode = 'ws', ws = null, wsReady = false, wsFails = 0, backoff = 1000, socketSeq = 0;
  var reconnectTimer = null, connectTimer = null, pingTimer = null, pongTimer = null;
  var pollTimer = null, polling = false, httpSending = false, httpCursor = 0, httpBackoff = POLL_MS;
  // The last poll's horizon (opaque): the next poll also gets what committed below the cursor after it.
  var httpHorizon = null;
  // The socket's last horizon ("seen") and the ids received after it: a reconnect with `since` sends both, and gets what
  // committed below `since` while no socket was open (a late notice). Kept for this page only (a reload sends 0).
  var wsHorizon = null, wsReceived = [];
  var statusKey = 'connecting', composing = false, operatorName = '';
  var isMobile = /Android|iPhone|iPad|iPod|Mobile|MicroMessenger|HarmonyOS/i.test(navigator.userAgent) ||
    !!(window.matchMedia && window.matchMedia('(pointer: coarse)').matches);

  function t(k) { return (T[lang] && T[lang][k]) || T.zh[k] || k; }

  /* ---- helpers ---- */
  function u8len(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length &&
        s.charCodeAt(i + 1) >= 0xDC00 && s.charCodeAt(i + 1) <= 0xDFFF) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }
  function trim(s) { return String(s).replace(/^\s+|\s+$/g, ''); }
  function newCid() {
    var chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', out = 'c' + Date.now().toString(36);
    var c = window.crypto || window.msCrypto, buf = null;
    if (c && c.getRandomValues) { buf = new Uint8Array(20); c.getRandomValues(buf); }
    for (var i = 0; i < 20; i++) out += chars.charAt((buf ? buf[i] : Math.floor(Math.random() * 256)) % 62);
    return out; // ~29 chars, protocol allows 64
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function fmtTime(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    var now = new Date(), hm = pad(d.getHours()) + ':' + pad(d.getMinutes());
    if (d.toDateString() === now.toDateString()) return hm;
    return (d.getFullYear() !== now.getFullYear() ? d.getFullYear() + '-' : '') +
      pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + hm;
  }
  function mk(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function mkI18n(tag, cls, key) { var e = mk(tag, cls, t(key)); e.setAttribute('data-i18n', key); return e; }

  /* ---- language ---- */
  function applyLang() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    var els = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < els.length; i++) els[i].textContent = t(els[i].getAttribute('data-i18n'));
    input.placeholder = t('placeholder');
    $('photo').setAttribute('aria-label', t('addPhoto'));
    $('attach').title = t('addPhoto');
    input.setAttribute('aria-label', t('placeholder'));
    langBtn.textContent = t('langBtn');
    langBtn.setAttribute('lang', t('other'));
    langBtn.setAttribute('aria-label', t('langAria'));
    list.setAttribute('aria-label', t('log'));
    setStatus(statusKey);
    updateInput();
  }
  function isOffline() { return navigator.onLine === false; }
  function setStatus(k) {
    if (k !== 'connected' && isOffline()) k = 'offline'; // shown as soon as the browser knows
    var banner = $('offline');
    if (banner) { banner.hidden = k !== 'offline'; banner.textContent = k === 'offline' ? t('offlineBanner') : ''; }
    statusKey = k;
    statusEl.textContent = t(k);
    statusEl.setAttribute('data-state', k);
  }

  /* ---- rendering ---- */
  function nearBottom() { return list.scrollHeight - list.scrollTop - list.clientHeight < 120; }
  function scrollBottom() { list.scrollTop = list.scrollHeight; }

  function setMeta(box, at, key) {
    var meta = box.querySelector('.meta');
    meta.textContent = '';
    var tm = fmtTime(at);
    if (tm) meta.appendChild(mk('span', 'time', tm));
    if (key) meta.appendChild(mkI18n('span', 'state', key));
  }
  function buildMsg(dir, author, text, at, buttons) {
    var box = mk('div', 'msg ' + (dir === 'in' ? 'in' : 'out'));
    if (author) box.setAttribute('data-author', String(author));
    if (author === 'staff') { box.className += ' staff'; box.appendChild(mkI18n('div', 'who', 'staff')); }
    var bubble = mk('div', 'bubble');
    if (dir === 'in') bubble.textContent = text === undefined || text === null ? '' : String(text);
    else linkify(bubble, text === undefined || text === null ? '' : String(text));
    box.appendChild(bubble);
    box.appendChild(mk('div', 'meta'));
    setMeta(box, at, null);
    if (buttons && buttons.length) {
      var q = mk('div', 'quicks');
      for (var i = 0; i < buttons.length; i++) {
        var b = buttons[i];
        if (!b) continue;
        var label = b.label !== undefined && b.label !== null ? b.label : b.value;
        var value = b.value !== undefined && b.value !== null ? b.value : b.label;
        if (value === undefined || value === null) continue;
        var bt = mk('button', 'quick', label);
        bt.type = 'button';
        bt.setAttribute('data-value', String(value));
        q.appendChild(bt);
      }
      box.appendChild(q);
    }
    return box;
  }
  // Emergency numbers and the hotline in the bot's and staff's words become tel: links (text nodes only).
  var TEL = { '110': 1, '119': 1, '120': 1, '122': 1, '12369': 1 };
  function linkify(el, text) {
    var re = /\d+/g, at = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (!TEL[m[0]]) continue;
      if (m.index > at) el.appendChild(document.createTextNode(text.slice(at, m.index)));
      var a = mk('a', 'tel', m[0]);
      a.href = 'tel:' + m[0];
      el.appendChild(a);
      at = m.index + m[0].length;
    }
    if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
  }
  // Keep server messages in id order; unsent (pending/failed) bubbles stay at the end.
  function place(node, id) {
    var kids = list.children, before = null;
    for (var i = kids.length - 1; i >= 0; i--) {
      var k = kids[i], kid = k.getAttribute('data-id');
      if ((kid === null && k.hasAttribute('data-cid')) || (kid !== null && Number(kid) > id)) { before = k; continue; }
      break;
    }
    list.insertBefore(node, before);
  }
  // Quick replies are only active under the newest message.
  function refreshQuick() {
    var msgs = list.querySelectorAll('.msg'), last = msgs.length ? msgs[msgs.length - 1] : null;
    var qs = list.querySelectorAll('.quick');
    for (var i = 0; i < qs.length; i++) qs[i].disabled = !(last && qs[i].parentNode.parentNode === last);
  }
  function notice(text) {
    if (!text) return;
    var near = nearBottom();
    list.appendChild(mk('div', 'notice', text));
    if (near) scrollBottom();
  }
  function bump(id) {
    if (id > maxId) maxId = id;
    if (maxId > savedSince) { savedSince = maxId; save(K_SINCE, maxId); }
  }

  function onServerMessage(m) {
    if (!m || m.id === undefined || m.id === null) return;
    var id = Number(m.id);
    if (!isFinite(id)) return;
    if (rendered[id]) { bump(id); return; }
    var near = nearBottom();
    if (m.direction === 'in') {
      var item = adoptable(m.text, id);
      if (item) { deliver(item, id); bump(id); if (near) scrollBottom(); return; }
    }
    var box = buildMsg(m.direction, m.author, m.text, m.at, m.buttons);
    box.setAttribute('data-id', String(id));
    if (m.receipt && typeof m.receipt.caseNumber === 'string') box.appendChild(receiptCard(m.receipt));
    if (m.kind === 'summary') summaryCard(box);
    rendered[id] = box;
    place(box, id);
    if (!divided && !sentThisPage && loadSince > 0 && id > loadSince && m.direction === 'out') {
      divided = true;
      var dv = mk('div', 'divider');
      dv.appendChild(mkI18n('span', null, 'newMsgs'));
      list.insertBefore(dv, box);
    }
    bump(id);
    refreshQuick();
    if (near || m.direction === 'in') scrollBottom();
  }
  function handleMessages(ms) {
    if (!ms || !ms.length) return;
    for (var i = 0; i < ms.length; i++) onServerMessage(ms[i]);
  }

  /* ---- evidence photos: redrawn here as JPEG under a pixel cap (which drops their metadata), then uploaded ---- */
  var MAX_PHOTOS = 6, MAX_PHOTO_BYTES = 10 * 1024 * 1024;
  var shots = [], shotsOnServer = 0, tray = $('tray'), photoIn = $('photo');
  function sentShots() {
    var n = 0;
    for (var i = 0; i < shots.length; i++) if (shots[i].state === 'sent') n++;
    return Math.max(n, shotsOnServer);
  }
  function renderTray() {
    tray.textContent = '';
    var n = sentShots();
    if (!shots.length && !n) { tray.hidden = true; return; }
    tray.hidden = false;
    var strip = mk('div', 'shots');
    for (var i = 0; i < shots.length; i++) {
      var s = shots[i], box = mk('div', 'shot ' + s.state);
      box.setAttribute('data-i', String(i));
      if (s.thumb) { var im = mk('img'); im.src = s.thumb; im.alt = t('addPhoto') + ' ' + (i + 1); box.appendChild(im); }
      if (s.state === 'failed') {
        var b = mk('button', 'shot-retry', s.msg || t('photoRetry'));
        b.type = 'button'; b.setAttribute('data-i', String(i));
        box.appendChild(b);
      } else if (s.state !== 'sent') box.appendChild(mk('span', 'shot-state', t('photoSending')));
      strip.appendChild(box);
    }
    tray.appendChild(strip);
    if (n) tray.appendChild(mk('p', 'shots-count', t('photos').replace('{n}', n)));
  }
  function pickPhotos(files) {
    for (var i = 0; i < files.length; i++) {
      var f = files[i], live = 0;
      for (var j = 0; j < shots.length; j++) if (shots[j].state !== 'failed') live++;
      if (Math.max(live, shotsOnServer) >= MAX_PHOTOS) { notice(t('photoMax')); break; }
      if (!/^image\/(jpeg|png|heic|heif|webp)$/i.test(f.type || '') && !/\.(jpe?g|png|heic|heif|webp)$/i.test(f.name || '')) {
        notice(t('photoType')); continue;
      }
      if (f.size > MAX_PHOTO_BYTES) { notice(t('photoBig')); continue; }
      var shot = { state: 'encoding', blob: null, thumb: null, msg: null };
      shots.push(shot);
      encodeShot(f, shot);
    }
    renderTray();
  }
  function encodeShot(file, shot) {
    window.redrawPhoto(file, function (blob) {
      if (!blob) { shot.state = 'failed'; shot.msg = t('photoUnreadable'); renderTray(); return; }
      shot.blob = blob;
      try { shot.thumb = URL.createObjectURL(blob); } catch (e) { shot.thumb = null; }
      sendShot(shot);
    });
  }
  function sendShot(shot) {
    if (!token) { shot.state = 'failed'; shot.msg = t('photoLater'); renderTray(); return; }
    shot.state = 'sending'; renderTray();
    var x = new XMLHttpRequest();
    x.open('POST', '/api/v1/photos?lang=' + lang, true);
    x.timeout = 60000;
    x.setRequestHeader('Authorization', 'Bearer ' + token);
    x.setRequestHeader('Content-Type', 'image/jpeg');
    x.setRequestHeader('Accept', 'application/json');
    x.onload = function () {
      var d = null;
      try { d = JSON.parse(x.responseText); } catch (e) { d = null; }
      if (x.status === 201 && d) { shot.state = 'sent'; shotsOnServer = Number(d.count) || shotsOnServer; }
      else { shot.state = 'failed'; shot.msg = errOf(d).message || t('photoRetry'); }
      renderTray();
    };
    x.onerror = x.ontimeout = function () { shot.state = 'failed'; shot.msg = t('photoRetry'); renderTray(); };
    x.send(shot.blob);
  }
  // After a reload: how many photos already wait for this conversation's report.
  function photosOnServer() {
    if (!token) return;
    req('GET', '/api/v1/photos', null, function (st, d) {
      if (st === 200 && d) { shotsOnServer = Number(d.count) || 0; renderTray(); }
    });
  }
  // The receipt took the photos with the case: the tray starts again.
  function photosTaken() {
    var n = sentShots();
    shots = []; shotsOnServer = 0; renderTray();
    return n;
  }
  photoIn.addEventListener('change', function () {
    if (photoIn.files && photoIn.files.length) pickPhotos(photoIn.files);
    photoIn.value = '';
  });
  tray.addEventListener('click', function (e) {
    var b = e.target && e.target.closest ? e.target.closest('.shot-retry') : null;
    if (!b) return;
    var s = shots[Number(b.getAttribute('data-i'))];
    if (!s) return;
    if (s.blob) sendShot(s); else { shots.splice(shots.indexOf(s), 1); renderTray(); }
  });

  /* ---- summary card: the confirmation as a card, 确认提交 primary; 取消 is asked about once by the server ---- */
  function summaryCard(box) {
    box.className += ' summary';
    var q = box.querySelector('.quicks');
    if (!q) return;
    var first = q.querySelector('.quick');
    if (first) first.className += ' primary-q';
    var c = mk('button', 'quick cancel-q', t('cancel'));
    c.type = 'button';
    c.setAttribute('data-value', lang === 'en' ? 'cancel' : '取消');
    q.appendChild(c);
  }

  /* ---- operator, hotline and the privacy notice, from the deployment's configuration and catalogue ---- */
  var info = null;
  function loadInfo() {
    req('GET', '/api/v1/info?lang=' + lang, null, function (st, d) {
      if (st !== 200 || !d) return;
      info = d;
      if (typeof d.hotline === 'string' && /^[0-9-]{3,20}$/.test(d.hotline)) { hotline = d.hotline; TEL[d.hotline.replace(/-/g, '')] = 1; }
      var op = $('operator');
      if (d.department) { op.textContent = d.department; op.hidden = false; operatorName = d.department; }
      showPrivacy();
    });
  }
  function showPrivacy() {
    var old = $('privacy');
    if (old && old.parentNode) old.parentNode.removeChild(old);
    if (!info || !info.privacy || !info.privacy.notice) return;
    var box = mk('aside', 'privacy');
    box.id = 'privacy';
    box.setAttribute('aria-label', info.privacy.title || '');
    box.appendChild(mk('p', null, info.privacy.notice));
    var a = mk('a', null, info.privacy.link);
    a.href = '/privacy.html';
    box.appendChild(a);
    list.insertBefore(box, list.firstChild);
  }

  /* ---- receipt card: the query code is kept on this device only, until the petitioner says it is saved ---- */
  var hotline = '12369';
  function fill(k, v) { return t(k).replace('{hotline}', v || hotline); }
  function copyText(text, btn) {
    function done(ok) {
      btn.textContent = t(ok ? 'copied' : 'copyFail');
      setTimeout(function () { btn.textContent = t('copy'); }, 2000);
    }
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(legacyCopy(text)); });
    } else done(legacyCopy(text));
  }
  function legacyCopy(text) {
    var ta = mk('textarea', null, text), ok = false;
    ta.setAttribute('readonly', ''); ta.style.position = 'fixed'; ta.style.top = '-100px'; ta.style.opacity = '0';
    document.body.appendChild(ta); ta.select();
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }
  function spaced(code) { return code.length === 8 ? code.slice(0, 4) + ' ' + code.slice(4) : code; }
  function receiptRow(card, labelKey, value, cls) {
    var row = mk('div', 'rrow ' + cls);
    row.appendChild(mkI18n('div', 'rlabel', labelKey));
    row.appendChild(mk('div', 'rval', cls === 'rcode' ? spaced(value) : value));
    var b = mkI18n('button', 'copy', 'copy');
    b.type = 'button';
    b.setAttribute('data-copy', value);
    row.appendChild(b);
    card.appendChild(row);
    return row;
  }
  function drawReceipt(caseNo, code) {
    var c = document.createElement('canvas'), w = 720, h = 520, x = c.getContext && c.getContext('2d');
    if (!x) return null;
    c.width = w; c.height = h;
    var font = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif';
    x.fillStyle = '#ffffff'; x.fillRect(0, 0, w, h);
    x.fillStyle = '#1f6f43'; x.fillRect(0, 0, w, 84);
    x.fillStyle = '#ffffff'; x.font = 'bold 34px ' + font; x.textBaseline = 'middle';
    x.fillText(operatorName || t('title'), 32, 42, w - 64);
    x.fillStyle = '#111111'; x.font = 'bold 30px ' + font; x.fillText(t('receipt'), 32, 130);
    x.fillStyle = '#4a5550'; x.font = '26px ' + font;
    x.fillText(t('caseNo'), 32, 190); x.fillText(t('code'), 32, 300);
    x.fillStyle = '#111111'; x.font = 'bold 52px monospace';
    x.fillText(caseNo, 32, 240, w - 64); x.fillText(code ? spaced(code) : '—', 32, 350, w - 64);
    x.fillStyle = '#4a5550'; x.font = '22px ' + font;
    x.fillText(t('receiptFoot'), 32, 420, w - 64);
    x.fillStyle = '#17532f'; x.font = 'bold 24px ' + font;
    x.fillText(location.origin + '/status.html', 32, 456, w - 64);
    x.fillStyle = '#4a5550'; x.font = '20px ' + font;
    x.fillText(new Date().toISOString().slice(0, 10), 32, 494);
    try { return c.toDataURL('image/png'); } catch (e) { return null; }
  }
  function receiptCard(r) {
    var caseNo = r.caseNumber, key = K_RECEIPT + caseNo;
    var withPhotos = 0;
    if (typeof r.queryCode === 'string' && r.queryCode) { save(key, r.queryCode); withPhotos = photosTaken(); } // given once, by this turn
    var code = load(key);
    var card = mk('section', 'receipt');
    card.setAttribute('data-case', caseNo);
    card.setAttribute('aria-label', t('receipt'));
    card.appendChild(mkI18n('h2', null, 'receipt'));
    receiptRow(card, 'caseNo', caseNo, 'rcase');
    if (code) {
      receiptRow(card, 'code', code, 'rcode');
      card.appendChild(mkI18n('p', 'rnote', 'codeKept'));
    } else {
      card.appendChild(mk('p', 'rnote gone', fill('codeGone')));
    }
    if (withPhotos) card.appendChild(mk('p', 'rnote rphotos', t('photosWith').replace('{n}', withPhotos)));
    var save1 = mkI18n('button', 'primary rsave', 'saveReceipt');
    save1.type = 'button';
    card.appendChild(save1);
    var pic = mk('div', 'rpic');
    pic.hidden = true;
    card.appendChild(pic);
    var links = mk('div', 'rlinks');
    var a = mkI18n('a', 'rcheck', 'check');
    a.href = '/status.html?case=' + encodeURIComponent(caseNo);
    links.appendChild(a);
    if (code) {
      var done = mkI18n('button', 'secondary rsaved', 'saved');
      done.type = 'button';
      links.appendChild(done);
    }
    card.appendChild(links);
    return card;
  }
  function saveReceipt(card) {
    var caseNo = card.getAttribute('data-case'), code = load(K_RECEIPT + caseNo);
    var url = drawReceipt(caseNo, code), pic = card.querySelector('.rpic');
    if (!url || !pic) return;
    pic.textContent = '';
    var img = mk('img');
    img.src = url; img.alt = t('receiptImg') + ' ' + caseNo;
    pic.appendChild(img);
    // WeChat's browser blocks downloads: the picture is saved by a long press. Elsewhere it is also downloaded.
    var wechat = /MicroMessenger/i.test(navigator.userAgent);
    if (!wechat) {
      var a = mk('a');
      a.href = url; a.download = 'receipt-' + caseNo + '.png';
      document.body.appendChild(a); a.click(); document.body.removeChild(a);
    }
    pic.appendChild(mk('p', 'rnote', t(wechat ? 'longPress' : 'downloaded')));
    pic.hidden = false;
  }
  function codeSaved(card, btn) {
    if (btn.getAttribute('data-sure') !== 'yes') {
      btn.setAttribute('data-sure', 'yes');
      btn.textContent = t('savedSure');
      return;
    }
    var caseNo = card.getAttribute('data-case');
    save(K_RECEIPT + caseNo, null);
    var fresh = receiptCard({ caseNumber: caseNo });
    card.parentNode.replaceChild(fresh, card);
  }

  /* ---- outbox: typed messages survive drops and reloads until the server stores them ---- */
  function saveOutbox() {
    if (!outbox.length) { save(K_OUTBOX, null); return; }
    save(K_OUTBOX, JSON.stringify(outbox.map(function (it) {
      return { cid: it.cid, text: it.text, at: it.at, afterId: it.afterId, failed: it.failed };
    })));
  }
  function pendingEl(it) {
    var box = buildMsg('in', 'petitioner', it.text, it.at, null);
    box.className += it.failed ? ' pending failed' : ' pending';
    box.setAttribute('data-cid', it.cid);
    setMeta(box, it.at, it.failed ? 'failed' : 'pending');
    return box;
  }
  function restoreOutbox() {
    var raw = load(K_OUTBOX), arr = null;
    if (!raw) return;
    try { arr = JSON.parse(raw); } catch (e) { arr = null; }
    if (!arr || !arr.length) return;
    for (var i = 0; i < arr.length; i++) {
      var o = arr[i];
      if (!o || typeof o.text !== 'string' || !o.cid) continue;
      var it = { cid: String(o.cid), text: o.text, at: o.at, afterId: Number(o.afterId) || 0, failed: !!o.failed,
        sentOn: 0, tries: 0, everSent: true };
      it.el = pendingEl(it);
      list.appendChild(it.el);
      outbox.push(it);
    }
  }
  function findItem(cid) {
    for (var i = 0; i < outbox.length; i++) if (outbox[i].cid === cid) return outbox[i];
    return null;
  }
  // A server echo of our own message that arrived before its ack.
  function adoptable(text, id) {
    var s = trim(text === undefined || text === null ? '' : text);
    for (var i = 0; i < outbox.length; i++) {
      var it = outbox[i];
      if (it.everSent && id > it.afterId && trim(it.text) === s) return it;
    }
    return null;
  }
  function deliver(it, id) {
    var i = outbox.indexOf(it);
    if (i >= 0) outbox.splice(i, 1);
    saveOutbox();
    var el = it.el;
    if (!el) return;
    if (id === null || id === undefined || !isFinite(id)) {
      el.className = el.className.replace(/\s*\b(pending|failed)\b/g, '');
      setMeta(el, it.at, null);
      return;
    }
    if (rendered[id] && rendered[id] !== el) { if (el.parentNode) el.parentNode.removeChild(el); refreshQuick(); return; }
    el.className = el.className.replace(/\s*\b(pending|failed)\b/g, '');
    el.setAttribute('data-id', String(id));
    setMeta(el, it.at, null);
    rendered[id] = el;
    if (el.parentNode) el.parentNode.removeChild(el);
    place(el, id);
    refreshQuick();
  }
  function markFailed(it) {
    it.failed = true;
    if (it.el) {
      if (!/\bfailed\b/.test(it.el.className)) it.el.className += ' failed';
      setMeta(it.el, it.at, 'failed');
    }
    saveOutbox();
  }
  function oldestInflight() {
    for (var i = 0; i < outbox.length; i++) if (!outbox[i].failed && outbox[i].sentOn === socketSeq) return outbox[i];
    return null;
  }

  function send(text) {
    text = trim(text);
    if (!text || u8len(text) > MAX_BYTES) return false;
    sentThisPage = true;
    var it = { cid: newCid(), text: text, at: new Date().toISOString(), afterId: Math.max(maxId, savedSince),
      failed: false, sentOn: 0, tries: 0, everSent: false };
    it.el = pendingEl(it);
    list.appendChild(it.el);
    outbox.push(it);
    saveOutbox();
    refreshQuick();
    scrollBottom();
    flush();
    return true;
  }
  function flush() {
    if (mode !== 'ws') { httpFlush(); return; }
    if (!ws || !wsReady) return;
    for (var i = 0; i < outbox.length; i++) {
      var it = outbox[i];
      if (it.failed || it.sentOn === socketSeq) continue;
      if (!wsSend({ type: 'message', text: it.text, clientMsgId: it.cid })) break;
      it.sentOn = socketSeq;
      it.everSent = true;
    }
  }

  /* ---- conversation reset (unknown_conversation) ---- */
  function clearLocal() {
    gen++;
    token = null; save(K_TOKEN, null); save(K_SINCE, null);
    loadSince = 0; savedSince = 0; maxId = 0; httpCursor = 0; httpHorizon = null; rendered = {}; divided = false;
    wsHorizon = null; wsReceived = [];
    // Nothing typed is lost: unsent texts go back into the input box for the new conversation.
    var texts = outbox.map(function (it) { return it.text; });
    outbox = []; saveOutbox();
    list.textContent = '';
    showPrivacy();
    if (texts.length) {
      input.value = (trim(input.value) ? input.value + '\n' : '') + texts.join('\n');
      updateInput();
    }
  }
  function resetConversation(message) {
    clearLocal();
    notice(message);
    if (mode === 'ws') {
      wsReady = false;
      if (ws) { if (ws.readyState === 1) sendHello(); } else connect();
    } else {
      poll();
    }
  }
  function onError(code, message, retryAfter) {
    if (code === 'unknown_conversation') { resetConversation(message); return; }
    if (code === 'not_started' && mode === 'ws' && ws) {
      wsReady = false;
      for (var i = 0; i < outbox.length; i++) outbox[i].sentOn = 0;
      sendHello();
      return;
    }
    notice(message);
    if (mode !== 'ws') return;
    var it = oldestInflight();
    if (!it) return;
    if (code === 'message_too_long' || code === 'empty_message') markFailed(it);
    else if (code === 'unavailable') {
      // The database is away for a moment: try again when the server says, without giving up as quickly.
      it.tries++;
      if (it.tries >= 10) markFailed(it);
      else { it.sentOn = 0; setTimeout(flush, 1000 * Math.min(60, Math.max(1, retryAfter || 5))); }
    } else if (code === 'busy' || code === 'too_fast' || code === 'internal') {
      it.tries++;
      if (it.tries >= 3) markFailed(it);
      else { it.sentOn = 0; setTimeout(flush, 3000 * it.tries); }
    }
  }

  /* ---- WebSocket transport ---- */
  function wsSend(o) {
    if (!ws || ws.readyState !== 1) return false;
    try { ws.send(JSON.stringify(o)); return true; } catch (e) { return false; }
  }
  function sendHello() {
    var h = { type: 'hello', token: token, lang: lang, since: maxId };
    if (token && maxId > 0 && wsHorizon) { h.horizon = wsHorizon; h.received = wsReceived.slice(); }
    wsSend(h);
  }
  function received(id) {
    if (!wsHorizon) return;
    wsReceived.push(id);
    // The server takes at most 1024 ids: past that the horizon is dropped (a reconnect then reads after `since` only).
    if (wsReceived.length > 1000) { wsHorizon = null; wsReceived = []; }
  }
  function detach(s) {
    s.onopen = s.onmessage = s.onclose = s.onerror = null;
    try { s.close(); } catch (e) { /* ignore */ }
  }
  function connect() {
    clearTimeout(reconnectTimer); reconnectTimer = null;
    if (mode !== 'ws' || ws) return;
    if (typeof window.WebSocket === 'undefined') { toHttp(); return; }
    if (statusKey !== 'reconnecting') setStatus('connecting');
    var s = null;
    try { s = new window.WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/chat/ws'); } catch (e) { s = null; }
    if (!s) { wsFails++; if (wsFails >= WS_TRIES) toHttp(); else scheduleReconnect(); return; }
    ws = s; socketSeq++;
    clearTimeout(connectTimer);
    connectTimer = setTimeout(function () { if (ws === s && !wsReady) dropSocket(s); }, CONNECT_MS);
    s.onopen = function () { if (ws === s) { sendHello(); startPing(); } };
    s.onmessage = function (ev) { if (ws === s) { clearTimeout(pongTimer); handleFrame(ev.data); } };
    s.onclose = function (ev) {
      // 1012 Service Restart: this instance is stopping after its turns; reconnect at once (spread over a
      // second), the balancer sends the new socket to another instance. Unacknowledged messages go again.
      if (ws === s && ev && ev.code === 1012) backoff = 100 + Math.floor(Math.random() * 900);
      dropSocket(s);
    };
    s.onerror = function () { dropSocket(s); };
  }
  function dropSocket(s) {
    if (ws !== s) return;
    detach(s);
    ws = null; stopPing(); clearTimeout(connectTimer);
    var hadSession = wsReady;
    wsReady = false;
    if (mode !== 'ws') return;
    if (!hadSession && navigator.onLine !== false) wsFails++;
    if (wsFails >= WS_TRIES) { toHttp(); return; }
    setStatus('reconnecting');
    scheduleReconnect();
  }
  function scheduleReconnect() {
    clearTimeout(reconnectTimer);
    var d = backoff;
    backoff = Math.min(backoff * 2, MAX_BACKOFF);
    reconnectTimer = setTimeout(connect, d);
  }
  function probe() {
    var s = ws;
    if (!s || s.readyState !== 1) return;
    if (wsSend({ type: 'ping' })) {
      clearTimeout(pongTimer);
      pongTimer = setTimeout(function () { dropSocket(s); }, PONG_MS);
    }
  }
  function startPing() { stopPing(); pingTimer = setInterval(probe, PING_MS); }
  function stopPing() { clearInterval(pingTimer); clearTimeout(pongTimer); pingTimer = null; pongTimer = null; }

  function adoptLang(l) {
    if (!langChosen && (l === 'en' || l === 'zh') && l !== lang) { lang = l; applyLang(); loadInfo(); }
  }
  function handleFrame(data) {
    var d;
    try { d = JSON.parse(data); } catch (e) { return; }
    if (!d || typeof d !== 'object') return;
    switch (d.type) {
      case 'welcome':
        if (token && d.resumed === false) clearLocal(); // the server started a new conversation
        if (d.token) { token = String(d.token); save(K_TOKEN, token); }
        wsReady = true; wsFails = 0; backoff = 1000;
        clearTimeout(connectTimer);
        setStatus('connected');
        adoptLang(d.lang);
        flush();
        photosOnServer();
        break;
      case 'message':
        if (d.id !== undefined && d.id !== null && isFinite(Number(d.id))) received(Number(d.id));
        onServerMessage(d);
        break;
      case 'seen': wsHorizon = typeof d.horizon === 'string' ? d.horizon : null; wsReceived = []; break;
      case 'ack': {
        var it = findItem(String(d.clientMsgId));
        if (it) deliver(it, d.id === undefined || d.id === null ? null : Number(d.id));
        break;
      }
      case 'error': onError(d.code, d.message, Number(d.retryAfter)); break;
      default: break; // pong and unknown types
    }
  }

  /* ---- HTTP fallback ---- */
  function req(method, url, body, cb) {
    var x = new XMLHttpRequest(), done = false;
    function fin(st, d) { if (!done) { done = true; cb(st, d); } }
    try {
      x.open(method, url, true);
      x.timeout = HTTP_MS;
      x.setRequestHeader('Accept', 'application/json');
      if (token) x.setRequestHeader('Authorization', 'Bearer ' + token);
      if (body) x.setRequestHeader('Content-Type', 'application/json');
      x.onload = function () {
        var d = null;
        try { d = JSON.parse(x.responseText); } catch (e) { d = null; }
        fin(x.status, d);
      };
      x.onerror = x.ontimeout = x.onabort = function () { fin(0, null); };
      x.send(body ? JSON.stringify(body) : null);
    } catch (e) { setTimeout(function () { fin(0, null); }, 0); }
  }
  function errOf(d) { return d && d.error ? d.error : {}; }
  function toHttp() {
    mode = 'http';
    clearTimeout(reconnectTimer); clearTimeout(connectTimer); stopPing();
    if (ws) { var s = ws; ws = null; detach(s); }
    wsReady = false;
    // The socket's last horizon: the first poll also gets what committed below the cursor while no socket was open
    // (what the socket sent after it may come again, and is ignored by its id).
    httpCursor = maxId; httpHorizon = wsHorizon;
    if (statusKey !== 'connected') setStatus('connecting');
    poll();
  }
  function httpOk() { httpBackoff = POLL_MS; setStatus('connected'); }
  function httpFail() { setStatus('reconnecting'); httpBackoff = Math.min(httpBackoff * 2, MAX_BACKOFF); }
  function schedulePoll(ms) { clearTimeout(pollTimer); pollTimer = setTimeout(poll, ms); }
  function poll() {
    clearTimeout(pollTimer); pollTimer = null;
    if (mode !== 'http' || polling || document.hidden) return; // resumed on visibilitychange
    polling = true;
    var g = gen;
    if (!token) {
      req('POST', '/api/v1/chat/conversations', { lang: lang }, function (st, d) {
        polling = false;
        if (g !== gen) { poll(); return; }
        if ((st === 201 || st === 200) && d && d.token) {
          token = String(d.token); save(K_TOKEN, token);
          adoptLang(d.lang);
          handleMessages(d.messages);
          httpCursor = maxId; httpHorizon = null;
          httpOk();
          flush();
          schedulePoll(POLL_MS);
        } else { httpFail(); schedulePoll(httpBackoff); }
      });
      return;
    }
    req('GET', '/api/v1/chat/messages?since=' + encodeURIComponent(httpCursor) +
        (httpHorizon ? '&horizon=' + encodeURIComponent(httpHorizon) : '') + '&lang=' + lang, null, function (st, d) {
      polling = false;
      if (g !== gen) { poll(); return; }
      if (st === 200 && d) {
        handleMessages(d.messages);
        if (d.cursor !== undefined && d.cursor !== null) httpCursor = d.cursor;
        else if (maxId > Number(httpCursor)) httpCursor = maxId;
        httpHorizon = typeof d.horizon === 'string' ? d.horizon : null;
        httpOk();
        flush();
      } else if (st === 404 && errOf(d).code === 'unknown_conversation') {
        resetConversation(errOf(d).message);
        return;
      } else httpFail();
      schedulePoll(httpBackoff);
    });
  }
  function httpFlush() {
    if (mode !== 'http' || httpSending || !token) return;
    var it = null;
    for (var i = 0; i < outbox.length; i++) if (!outbox[i].failed) { it = outbox[i]; break; }
    if (!it) return;
    httpSending = true;
    it.everSent = true;
    var g = gen;
    req('POST', '/api/v1/chat/messages?lang=' + lang, { token: token, text: it.text, clientMsgId: it.cid }, function (st, d) {
      httpSending = false;
      if (g !== gen) return;
      var e = errOf(d);
      if (st === 200 && d) {
        var ms = d.messages || [], mine = null;
        for (var j = 0; j < ms.length; j++) if (ms[j] && ms[j].direction === 'in') { mine = ms[j]; break; }
        if (outbox.indexOf(it) >= 0) deliver(it, mine && mine.id !== undefined && mine.id !== null ? Number(mine.id) : null);
        handleMessages(ms);
        httpOk();
        httpFlush();
      } else if (st === 404 && e.code === 'unknown_conversation') {
        resetConversation(e.message);
      } else if (st === 400 || st === 413) {
        markFailed(it); notice(e.message); httpFlush();
      } else {
        if (st === 503 && e.code === 'unavailable') { it.tries++; if (it.tries >= 10) markFailed(it); }
        else if (st >= 500 || st === 429) { it.tries++; if (it.tries >= 3) markFailed(it); }
        httpFail(); // retried after the next successful poll
      }
    });
  }

  /* ---- input ---- */
  function autosize() {
    input.style.height = 'auto';
    var cs = window.getComputedStyle(input);
    var lh = parseFloat(cs.lineHeight) || 25;
    var extra = (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0) +
      (parseFloat(cs.borderTopWidth) || 0) + (parseFloat(cs.borderBottomWidth) || 0);
    var max = Math.ceil(lh * 5 + extra), want = input.scrollHeight + (parseFloat(cs.borderTopWidth) || 0) + (parseFloat(cs.borderBottomWidth) || 0);
    input.style.height = Math.min(want, max) + 'px';
    input.style.overflowY = want > max ? 'auto' : 'hidden';
  }
  function updateInput() {
    var v = trim(input.value), n = u8len(v), over = n > MAX_BYTES;
    sendBtn.disabled = !v || over;
    input.setAttribute('aria-invalid', over ? 'true' : 'false');
    if (n > WARN_BYTES) {
      counter.hidden = false;
      counter.textContent = n + ' / ' + MAX_BYTES + ' ' + t('bytes') + (over ? ' · ' + t('tooLong') : '');
      counter.className = over ? 'over' : '';
    } else {
      counter.hidden = true;
      counter.textContent = '';
    }
    autosize();
  }
  function doSend() {
    if (sendBtn.disabled) return;
    if (send(input.value)) { input.value = ''; updateInput(); }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var focused = document.activeElement === input;
    doSend();
    if (focused) input.focus();
  });
  // keep the keyboard open when the send button is tapped
  sendBtn.addEventListener('mousedown', function (e) { e.preventDefault(); });
  input.addEventListener('input', updateInput);
  input.addEventListener('compositionstart', function () { composing = true; });
  input.addEventListener('compositionend', function () { composing = false; updateInput(); });
  input.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.keyCode !== 13) return;
    if (composing || e.isComposing || e.keyCode === 229) return; // IME candidate confirmation
    if (isMobile || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    doSend();
  });
  input.addEventListener('focus', function () { setTimeout(function () { fit(); scrollBottom(); }, 300); });

  list.addEventListener('click', function (e) {
    var rb = e.target && e.target.closest ? e.target.closest('.receipt button') : null;
    if (rb) {
      var card = rb.closest('.receipt');
      if (rb.hasAttribute('data-copy')) copyText(rb.getAttribute('data-copy'), rb);
      else if (/\brsave\b/.test(rb.className)) saveReceipt(card);
      else if (/\brsaved\b/.test(rb.className)) codeSaved(card, rb);
      return;
    }
    var el = e.target && e.target.closest ? e.target.closest('.quick, .failed') : null;
    if (!el) return;
    if (/\bquick\b/.test(el.className)) {
      if (el.disabled) return;
      if (send(el.getAttribute('data-value'))) { el.className += ' chosen'; refreshQuick(); }
      return;
    }
    var it = findItem(el.getAttribute('data-cid'));
    if (!it) return;
    it.failed = false; it.tries = 0; it.sentOn = 0;
    el.className = el.className.replace(/\s*\bfailed\b/g, '');
    setMeta(el, it.at, 'pending');
    saveOutbox();
    flush();
  });

  langBtn.addEventListener('click', function () {
    lang = lang === 'en' ? 'zh' : 'en';
    langChosen = true;
    save(K_LANG, lang);
    applyLang();
    loadInfo();
    if (token || wsReady) send(lang === 'en' ? 'English' : '中文');
  });

  /* ---- viewport / keyboard ---- */
  function fit() {
    var near = nearBottom(), vv = window.visualViewport;
    if (vv) { app.style.height = vv.height + 'px'; app.style.top = vv.offsetTop + 'px'; }
    else app.style.height = window.innerHeight + 'px';
    if (near) scrollBottom();
  }
  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', fit);
    window.visualViewport.addEventListener('scroll', fit);
  }
  window.addEventListener('resize', fit);
  window.addEventListener('orientationchange', function () { setTimeout(fit, 300); });

  /* ---- wake-ups ---- */
  function wake() {
    if (mode === 'http') { if (!polling) poll(); return; }
    if (!ws) { backoff = 1000; connect(); } else if (wsReady) probe();
  }
  document.addEventListener('visibilitychange', function () { if (!document.hidden) wake(); });
  window.addEventListener('online', function () { setStatus(wsReady || mode === 'http' ? 'connected' : 'connecting'); wake(); });
  window.addEventListener('offline', function () { setStatus('offline'); });
  window.addEventListener('pageshow', function (e) { if (e.persisted) wake(); });

  /* ---- start ---- */
  restoreOutbox();
  applyLang();
  loadInfo();
  fit();
  scrollBottom();
  if (typeof window.WebSocket === 'undefined') toHttp(); else connect();
})();
