// The configurator: an editor picks an element, sets its attributes, sees a live preview and copies the snippet.
// Everything the editor types is data: it goes into attributes with setAttribute and into the snippet escaped.
(function () {
  var form = document.getElementById('configurator');
  var chooser = document.getElementById('element');
  var preview = document.getElementById('preview');
  var snippet = document.getElementById('snippet');
  var copy = document.getElementById('copy');
  var status = document.getElementById('copy-status');
  var scriptUrl = new URL(form.getAttribute('data-script'), location.href).href;

  function escapeAttr(value) {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function update() {
    var tag = chooser.value;
    var sets = form.querySelectorAll('fieldset[data-element]');
    var current = null;
    for (var i = 0; i < sets.length; i++) {
      var on = sets[i].getAttribute('data-element') === tag;
      sets[i].hidden = !on;
      sets[i].disabled = !on;
      if (on) current = sets[i];
    }
    if (!current) return;
    var attrs = [];
    var inputs = current.querySelectorAll('[data-attr]');
    for (var j = 0; j < inputs.length; j++) {
      var value = inputs[j].value.trim();
      // The snippet is pasted into another site: an address relative to this one (/api/…, ./plan.json) is made whole.
      // Anything else is kept as typed, so the element can tell the editor what is wrong with it.
      if (inputs[j].type === 'url' && /^\.{0,2}\/(?!\/)/.test(value)) value = new URL(value, location.href).href;
      if (value !== '') attrs.push([inputs[j].getAttribute('data-attr'), value]);
    }
    var jsonField = current.querySelector('[data-json]');
    var json = jsonField ? jsonField.value.trim() : '';

    var element = document.createElement(tag);
    attrs.forEach(function (a) {
      element.setAttribute(a[0], a[1]);
    });
    if (json) {
      var data = document.createElement('script');
      data.type = 'application/json';
      data.textContent = json;
      element.append(data);
    }
    preview.replaceChildren(element);

    var open =
      '<' +
      tag +
      attrs
        .map(function (a) {
          return ' ' + a[0] + '="' + escapeAttr(a[1]) + '"';
        })
        .join('') +
      '>';
    // Inside a script element only "<" can end it early; in JSON it may only appear in strings, where \u003c is the same text.
    var body = json ? '\n  <script type="application/json">\n' + json.replace(/</g, '\\u003c') + '\n  </script>\n' : '';
    snippet.value = '<script src="' + escapeAttr(scriptUrl) + '" defer></script>\n' + open + body + '</' + tag + '>\n';
    status.textContent = '';
  }

  function selectSnippet() {
    snippet.focus();
    snippet.select();
  }

  copy.addEventListener('click', function () {
    var done = function () {
      status.textContent = copy.getAttribute('data-copied');
    };
    var manual = function () {
      selectSnippet();
      status.textContent = copy.getAttribute('data-manual');
    };
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(snippet.value).then(done, manual);
    else manual();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
  update();
})();
