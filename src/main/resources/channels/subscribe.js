// The subscribe page (订阅通知): signs wx.config for this page's address, then lets WeChat's open tag show its popup.
// The choice itself reaches the gateway from WeChat (subscribe_msg_popup_event); this page only tells the petitioner.
(function () {
  'use strict';
  var body = document.body;
  var status = document.getElementById('status');
  var tag = document.getElementById('subscribe');
  function say(key) { status.textContent = body.getAttribute('data-' + key) || ''; }
  if (typeof window.wx === 'undefined') { say('outside'); return; }
  var page = location.href.split('#')[0];
  fetch('/wechat/jssdk-config?url=' + encodeURIComponent(page), { credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (c) {
      wx.config({ debug: false, appId: c.appId, timestamp: c.timestamp, nonceStr: c.nonceStr, signature: c.signature,
        jsApiList: [], openTagList: ['wx-open-subscribe'] });
      wx.error(function () { say('failed'); });
    })
    .catch(function () { say('failed'); });
  tag.addEventListener('success', function (e) {
    var d = e.detail || {};
    var accepted = false;
    try {
      var details = JSON.parse(d.subscribeDetails || '{}');
      Object.keys(details).forEach(function (id) {
        var s = details[id];
        if ((typeof s === 'string' ? JSON.parse(s) : s).status === 'accept') { accepted = true; }
      });
    } catch (err) { accepted = false; }
    say(accepted ? 'done' : 'refused');
  });
  tag.addEventListener('error', function () { say('failed'); });
}());
