/* The full privacy notice (issue 13 §11): its words are the deployment's catalogue (GET /api/v1/info). */
(function () {
  'use strict';
  var lang = 'zh';
  try { lang = window.localStorage.getItem('ecopetition.lang') === 'en' ? 'en' : 'zh'; } catch (e) { lang = 'zh'; }
  var x = new XMLHttpRequest();
  x.open('GET', '/api/v1/info?lang=' + lang, true);
  x.setRequestHeader('Accept', 'application/json');
  x.onload = function () {
    var d = null;
    try { d = JSON.parse(x.responseText); } catch (e) { d = null; }
    if (!d || !d.privacy) return;
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = d.privacy.title;
    document.getElementById('title').textContent = d.privacy.title;
    if (lang === 'en') document.getElementById('back').textContent = '← Back to the online report';
    var box = document.getElementById('text'), parts = String(d.privacy.text).split('\n');
    box.textContent = '';
    for (var i = 0; i < parts.length; i++) {
      var p = document.createElement('p');
      p.textContent = parts[i];
      box.appendChild(p);
    }
  };
  x.send(null);
})();
