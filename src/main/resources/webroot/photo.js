/* One way to turn a chosen picture into what the gateway keeps, shared by the chat page and the status page:
   redrawn on a canvas as JPEG (at most 2048 px on the long edge and 4 megapixels), which also drops the file's
   metadata (GPS, camera) before it leaves the phone; the server strips again. */
(function () {
  'use strict';
  var MAX_EDGE = 2048, MAX_PIXELS = 4000000;
  function toJpeg(canvas, cb) {
    if (canvas.toBlob) { canvas.toBlob(cb, 'image/jpeg', 0.85); return; }
    try { // old WebViews: through a data URL
      var d = canvas.toDataURL('image/jpeg', 0.85), bin = atob(d.split(',')[1]), a = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) a[i] = bin.charCodeAt(i);
      cb(new Blob([a], { type: 'image/jpeg' }));
    } catch (e) { cb(null); }
  }
  /** done(blob) with the redrawn JPEG, or done(null) when the browser cannot read the picture. */
  window.redrawPhoto = function (file, done) {
    var url = null, img = new Image();
    try { url = URL.createObjectURL(file); } catch (e) { url = null; }
    if (!url) { done(null); return; }
    img.onload = function () {
      var w = img.naturalWidth, h = img.naturalHeight;
      var k = Math.min(1, MAX_EDGE / Math.max(w, h), Math.sqrt(MAX_PIXELS / (w * h)));
      var c = document.createElement('canvas');
      c.width = Math.max(1, Math.round(w * k)); c.height = Math.max(1, Math.round(h * k));
      c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
      URL.revokeObjectURL(url);
      toJpeg(c, done);
    };
    img.onerror = function () { URL.revokeObjectURL(url); done(null); };
    img.src = url;
  };
})();
