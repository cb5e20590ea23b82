/* 生态环境信访 · 查询进度 — GET /api/v1/cases/{caseNumber}/status?lang=… with the code in the X-Query-Code header (kept out of access logs)
 * Plain ES2017, no dependencies; server text only via textContent. */
(function () {
  'use strict';

  var K_LANG = 'ecopetition.lang', CASE_RE = /^HB\d{13}$/, CODE_RE = /^[A-Z0-9]{8}$/;
  var T = {
    zh: {
      title: '生态环境信访 · 查询进度', langBtn: 'English', langAria: 'Switch to English', other: 'en',
      caseLabel: '案件编号', caseHint: '以 HB 开头，后接 13 位数字，见受理回执',
      codeLabel: '查询码', codeHint: '8 位字母或数字，与案件编号一同发给您',
      query: '查询', querying: '正在查询…', back: '← 返回在线反映',
      badCase: '案件编号格式不正确：应为 HB 加 13 位数字。', badCode: '查询码应为 8 位字母或数字。',
      notFound: '未找到该案件，或查询码不正确。', tooMany: '查询失败次数过多，请稍后再试。',
      network: '网络连接失败，请检查网络后重试。', failed: '查询暂时无法完成，请稍后重试。', retry: '重试',
      caseNo: '案件编号', state: '当前状态', dept: '承办部门', replies: '答复', noReplies: '暂无答复。', steps: '办理经过',
      evidence: '证据材料', photos: '照片 {n} 张',
      addPhotos: '补充照片', addPhotosHint: '还可以补充 {n} 张照片（JPEG、PNG、HEIC 或 WebP，每张不超过 10 MB），照片中的位置等信息会被去除。',
      photoSending: '正在处理照片…', photoAdded: '照片已补充到本案件。', photoMax: '每个案件最多 6 张照片。',
      photoType: '只能添加 JPEG、PNG、HEIC 或 WebP 照片。', photoBig: '照片太大了：每张不能超过 10 MB。',
      photoUnreadable: '这张照片无法在本浏览器中读取（HEIC 可在相机设置中改为“兼容性最佳”，或截图后添加）。'
    },
    en: {
      title: 'Eco-Environment Petitions · Check progress', langBtn: '中文', langAria: '切换到中文', other: 'zh-CN',
      caseLabel: 'Case number', caseHint: 'HB followed by 13 digits, as on your receipt',
      codeLabel: 'Query code', codeHint: '8 letters or digits, given to you with the case number',
      query: 'Check', querying: 'Checking…', back: '← Back to the online report',
      badCase: 'Invalid case number: it is HB followed by 13 digits.', badCode: 'The query code has 8 letters or digits.',
      notFound: 'No case found, or the query code is wrong.', tooMany: 'Too many failed attempts. Please try again later.',
      network: 'Network error. Please check your connection and try again.',
      failed: 'The query could not be completed. Please try again later.', retry: 'Try again',
      caseNo: 'Case number', state: 'Status', dept: 'Handling department', replies: 'Replies', noReplies: 'No reply yet.', steps: 'Steps so far',
      evidence: 'Evidence', photos: '{n} photo(s)',
      addPhotos: 'Add photos', addPhotosHint: 'You can add {n} more photo(s) (JPEG, PNG, HEIC or WebP, at most 10 MB each); location and other data in them are removed.',
      photoSending: 'Preparing the photo…', photoAdded: 'The photo was added to this case.', photoMax: 'A case can carry at most 6 photos.',
      photoType: 'Only JPEG, PNG, HEIC or WebP photos can be added.', photoBig: 'The photo is too large: at most 10 MB each.',
      photoUnreadable: 'This browser cannot read this photo (for HEIC, choose "Most compatible" in the camera settings, or add a screenshot).'
    }
  };

  function $(id) { return document.getElementById(id); }
  var caseIn = $('caseNumber'), codeIn = $('code'), btn = $('query'), result = $('result'),
    form = $('form'), langBtn = $('lang');

  function load(k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } }
  function save(k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* ignore */ } }

  var lang = load(K_LANG) === 'en' ? 'en' : 'zh';
  var last = null;   // what #result shows: {ok:data, q:[case,code]} or {key, retry}
  var busy = false;

  function t(k) { return (T[lang] && T[lang][k]) || T.zh[k] || k; }
  function mk(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function fmt(v) {
    if (v === null || v === undefined) return '';
    var s = String(v);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
      var d = new Date(s);
      if (!isNaN(d.getTime())) {
        return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' +
          pad(d.getHours()) + ':' + pad(d.getMinutes());
      }
    }
    return s;
  }
  // Full-width letters/digits (Chinese IME) to ASCII, drop spaces and dashes, upper-case.
  function norm(s) {
    return String(s).replace(/[\uFF01-\uFF5E]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    }).replace(/[\s\u3000\-]/g, '').toUpperCase();
  }

  function applyLang() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    var els = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < els.length; i++) els[i].textContent = t(els[i].getAttribute('data-i18n'));
    langBtn.textContent = t('langBtn');
    langBtn.setAttribute('lang', t('other'));
    langBtn.setAttribute('aria-label', t('langAria'));
    if (busy) btn.textContent = t('querying');
  }

  function row(dl, label, value, cls) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(mk('dt', null, label));
    var dd = mk('dd');
    dd.appendChild(mk('span', cls || null, fmt(value)));
    dl.appendChild(dd);
  }
  function renderCard(d) {
    result.textContent = '';
    var card = mk('div', 'card'), dl = mk('dl');
    row(dl, t('caseNo'), d.caseNumber);
    row(dl, t('state'), d.stateLabel, 'badge');
    row(dl, t('dept'), d.department);
    var dates = d.dates, i;
    if (dates && typeof dates === 'object') {
      if (Array.isArray(dates)) {
        for (i = 0; i < dates.length; i++) {
          if (dates[i]) row(dl, dates[i].label, dates[i].date !== undefined ? dates[i].date : dates[i].value);
        }
      } else {
        for (var k in dates) if (Object.prototype.hasOwnProperty.call(dates, k)) row(dl, k, dates[k]);
      }
    }
    if (Number(d.photos) > 0) row(dl, t('evidence'), t('photos').replace('{n}', Number(d.photos)));
    card.appendChild(dl);
    if (Number(d.photos || 0) < MAX_PHOTOS && last && last.q) card.appendChild(photoBox(Number(d.photos || 0)));
    var steps = Array.isArray(d.timeline) ? d.timeline : [];
    if (steps.length) {
      card.appendChild(mk('h2', null, t('steps')));
      var ol = mk('ol', 'timeline');
      for (i = 0; i < steps.length; i++) {
        if (steps[i]) ol.appendChild(mk('li', null, (steps[i].at ? fmt(steps[i].at) + '　' : '') + steps[i].label));
      }
      card.appendChild(ol);
    }
    card.appendChild(mk('h2', null, t('replies')));
    var reps = Array.isArray(d.replies) ? d.replies : [];
    if (!reps.length) card.appendChild(mk('p', 'muted', t('noReplies')));
    for (i = 0; i < reps.length; i++) {
      var r = reps[i];
      if (!r) continue;
      var box = mk('div', 'reply');
      if (r.at) box.appendChild(mk('div', 'meta', fmt(r.at)));
      box.appendChild(mk('div', 'text', r.text));
      card.appendChild(box);
    }
    result.appendChild(card);
  }
  /* ---- photos after the receipt (issue 13 §12): redrawn here as JPEG under a pixel cap, which drops their
   * metadata, as on the chat page; sent with the case number and query code; the server cleans them again. ---- */
  var MAX_PHOTOS = 6, MAX_PHOTO_BYTES = 10 * 1024 * 1024;
  function photoBox(have) {
    var box = mk('div', 'addphotos'), id = 'addPhoto';
    box.appendChild(mk('h2', null, t('addPhotos')));
    var hint = mk('p', 'hint', t('addPhotosHint').replace('{n}', MAX_PHOTOS - have));
    hint.id = 'addPhotoHint';
    box.appendChild(hint);
    var label = mk('label', 'secondary', t('addPhotos'));
    label.setAttribute('for', id);
    var input = mk('input');
    input.type = 'file'; input.id = id; input.accept = 'image/jpeg,image/png,image/heic,image/heif,image/webp';
    input.className = 'visually-hidden';
    input.setAttribute('aria-describedby', 'addPhotoHint');
    var said = mk('p', 'photo-state');
    said.id = 'addPhotoState';
    said.setAttribute('role', 'status');
    input.addEventListener('change', function () {
      var f = input.files && input.files[0];
      input.value = '';
      if (f) addPhoto(f, said);
    });
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(said);
    return box;
  }
  function addPhoto(f, said) {
    if (!/^image\/(jpeg|png|heic|heif|webp)$/i.test(f.type || '') && !/\.(jpe?g|png|heic|heif|webp)$/i.test(f.name || '')) {
      said.textContent = t('photoType'); return;
    }
    if (f.size > MAX_PHOTO_BYTES) { said.textContent = t('photoBig'); return; }
    said.textContent = t('photoSending');
    window.redrawPhoto(f, function (blob) {
      if (!blob) { said.textContent = t('photoUnreadable'); return; }
      sendPhoto(blob, said);
    });
  }
  function sendPhoto(blob, said) {
    var q = last && last.q;
    if (!q) return;
    var x = new XMLHttpRequest();
    x.open('POST', '/api/v1/photos/cases/' + encodeURIComponent(q[0]) + '?lang=' + (lang === 'en' ? 'en' : 'zh'), true);
    x.timeout = 60000;
    x.setRequestHeader('Content-Type', 'image/jpeg');
    x.setRequestHeader('X-Query-Code', q[1]);
    var device = load('ecopetition.token');
    if (device) x.setRequestHeader('X-Device-Token', device);
    x.onload = function () {
      var d = null;
      try { d = JSON.parse(x.responseText); } catch (e) { d = null; }
      if (x.status === 201) { query(q[0], q[1], t('photoAdded')); return; }
      said.textContent = (d && d.error && d.error.message) || t(x.status === 409 ? 'photoMax' : 'failed');
    };
    x.onerror = x.ontimeout = function () { said.textContent = t('network'); };
    x.send(blob);
  }

  function renderMsg(key, retry) {
    result.textContent = '';
    var box = mk('div', 'err');
    box.setAttribute('role', 'alert');
    box.appendChild(mk('div', null, t(key)));
    if (retry) {
      var b = mk('button', 'secondary retry', t('retry'));
      b.type = 'button';
      b.addEventListener('click', function () { query(); });
      box.appendChild(b);
    }
    result.appendChild(box);
  }
  function show(state) {
    last = state;
    if (!state) { result.textContent = ''; return; }
    if (state.ok) renderCard(state.ok); else renderMsg(state.key, state.retry);
  }

  function req(url, code, cb) {
    var x = new XMLHttpRequest(), done = false;
    function fin(st, d) { if (!done) { done = true; cb(st, d); } }
    try {
      x.open('GET', url, true);
      x.timeout = 20000;
      x.setRequestHeader('Accept', 'application/json');
      x.setRequestHeader('X-Query-Code', code);
      // The chat's token on this device: the device a case was reported from is never locked out by strangers.
      var device = load('ecopetition.token');
      if (device) x.setRequestHeader('X-Device-Token', device);
      x.onload = function () {
        var d = null;
        try { d = JSON.parse(x.responseText); } catch (e) { d = null; }
        fin(x.status, d);
      };
      x.onerror = x.ontimeout = x.onabort = function () { fin(0, null); };
      x.send(null);
    } catch (e) { setTimeout(function () { fin(0, null); }, 0); }
  }

  function setBusy(b) {
    busy = b;
    btn.disabled = b;
    btn.textContent = t(b ? 'querying' : 'query');
  }
  function query(cnArg, codeArg, note) {
    if (busy) return;
    var cn = cnArg || norm(caseIn.value), code = codeArg || norm(codeIn.value);
    if (!cnArg) { caseIn.value = cn; codeIn.value = code; }
    var badCase = !CASE_RE.test(cn), badCode = !CODE_RE.test(code);
    caseIn.setAttribute('aria-invalid', badCase ? 'true' : 'false');
    codeIn.setAttribute('aria-invalid', !badCase && badCode ? 'true' : 'false');
    if (badCase) { show({ key: 'badCase' }); caseIn.focus(); return; }
    if (badCode) { show({ key: 'badCode' }); codeIn.focus(); return; }
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur(); // close the keyboard
    setBusy(true);
    var url = '/api/v1/cases/' + encodeURIComponent(cn) + '/status?lang=' + (lang === 'en' ? 'en' : 'zh');
    req(url, code, function (st, d) {
      setBusy(false);
      if (st === 200 && d) {
        show({ ok: d, q: [cn, code] });
        var state = document.getElementById('addPhotoState');
        if (note) {
          var p = mk('p', 'photo-added', note);
          p.setAttribute('role', 'status');
          result.querySelector('.card').appendChild(p);
        }
        if (state && note) state.textContent = '';
      }
      else if (st === 404) show({ key: 'notFound' });
      else if (st === 429) show({ key: 'tooMany' });
      else if (st === 400) show({ key: 'notFound' });
      else if (st === 0) show({ key: 'network', retry: true });
      else show({ key: 'failed', retry: true });
      try { result.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); } catch (e) { /* old WebView */ }
    });
  }

  function onType(el, max) {
    el.addEventListener('input', function (e) {
      if (e.isComposing) return;
      var v = norm(el.value).slice(0, max);
      if (v !== el.value) el.value = v;
      el.setAttribute('aria-invalid', 'false');
    });
    el.addEventListener('compositionend', function () { el.value = norm(el.value).slice(0, max); });
  }
  onType(caseIn, 15);
  onType(codeIn, 8);

  form.addEventListener('submit', function (e) { e.preventDefault(); query(); });

  langBtn.addEventListener('click', function () {
    lang = lang === 'en' ? 'zh' : 'en';
    save(K_LANG, lang);
    applyLang();
    if (last && last.ok && last.q) query(last.q[0], last.q[1]); // labels come from the server
    else show(last);
  });

  var m = /[?&]case=([^&#]*)/.exec(location.search);
  if (m) {
    var c = '';
    try { c = decodeURIComponent(m[1].replace(/\+/g, ' ')); } catch (e) { c = m[1]; }
    caseIn.value = norm(c).slice(0, 15);
    // The chat page keeps a fresh receipt's query code on this device only (never sent again by the server).
    var kept = null;
    try { kept = window.localStorage.getItem('ecopetition.receipt.' + caseIn.value); } catch (e) { kept = null; }
    if (kept && CODE_RE.test(kept)) codeIn.value = kept;
  }
  applyLang();
})();
