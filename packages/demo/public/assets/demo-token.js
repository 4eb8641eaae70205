// The demo only: shows the demo unit's token, which the demo server issued at its start (GET /demo/tokens.json), so
// that the checklist's token step can be tried. A real portal has no such box: Phòng Nội vụ hands each unit its token.
(function () {
  var box = document.getElementById('demo-token-box');
  if (!box) return;
  var code = document.getElementById('demo-token');
  var copy = document.getElementById('demo-token-copy');
  var status = document.getElementById('demo-token-status');
  var unit = box.getAttribute('data-unit');
  fetch('/demo/tokens.json', { cache: 'no-store', credentials: 'omit' })
    .then(function (res) {
      return res.ok ? res.json() : null;
    })
    .then(function (body) {
      var token = body && body.tokens && body.tokens[unit];
      if (typeof token !== 'string') throw new Error('no demo token');
      code.textContent = token;
      copy.hidden = false;
    })
    .catch(function () {
      code.textContent = '—';
      status.textContent = box.getAttribute('data-unavailable');
    });
  copy.addEventListener('click', function () {
    var done = function (ok) {
      status.textContent = box.getAttribute(ok ? 'data-copied' : 'data-copy-failed');
    };
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(code.textContent).then(
        function () {
          done(true);
        },
        function () {
          done(false);
        },
      );
    else done(false);
  });
})();
