// The proposal form's only script, served from our own origin so the CSP (script-src 'self')
// allows it. Without it the form still works (with enough blank rows); with it the person sees
// the rules as they type and adds rows. Its words come from the page (#proposal-form-text), in
// the page's language.
export const proposalFormScript = `(function () {
  var form = document.getElementById('proposal-form');
  var data = document.getElementById('proposal-form-text');
  if (!form || !data || !window.fetch) return;
  var t = JSON.parse(data.textContent);
  var live = document.getElementById('live');
  var notice = document.getElementById('notice-days');
  var cap = document.getElementById('team-cap');
  var dups = document.getElementById('live-duplicates');
  var added = document.getElementById('row-added');
  var timer = null;
  var seq = 0;
  function text(el, s) { el.textContent = s; }
  function fill(s, values) {
    Object.keys(values).forEach(function (k) { s = s.split('{' + k + '}').join(String(values[k])); });
    return s;
  }
  function msg(x) { return t.lang === 'en' ? x.message : x.messageVi; }
  function vnDate(iso) { return iso ? iso.split('-').reverse().join('/') : ''; }
  function showErrors(r) {
    live.innerHTML = '';
    if (r.errors.length) {
      var p = document.createElement('p');
      p.className = 'warn';
      text(p, fill(t.liveProblems, { n: r.errors.length }));
      live.appendChild(p);
      var ul = document.createElement('ul');
      ul.id = 'live-violations';
      r.errors.forEach(function (x) {
        var li = document.createElement('li');
        li.setAttribute('data-rule', x.rule);
        text(li, x.rule + ': ' + msg(x));
        ul.appendChild(li);
      });
      live.appendChild(ul);
    } else {
      var ok = document.createElement('p');
      ok.className = 'ok';
      ok.id = 'live-ok';
      text(ok, t.liveOk);
      live.appendChild(ok);
    }
  }
  function showDuplicates(r) {
    dups.innerHTML = '';
    if (!r.warnings || !r.warnings.length) return;
    var p = document.createElement('p');
    p.className = 'warn';
    text(p, t.duplicates);
    dups.appendChild(p);
    var ul = document.createElement('ul');
    ul.id = 'live-duplicate-list';
    r.warnings.forEach(function (w) {
      var li = document.createElement('li');
      li.setAttribute('data-rule', w.rule);
      li.setAttribute('data-delegation', w.earlierDelegationId);
      var name = document.createElement(w.href ? 'a' : 'strong');
      if (w.href) name.href = w.href;
      text(name, w.title);
      li.appendChild(name);
      li.appendChild(document.createTextNode(' — ' + msg(w)));
      ul.appendChild(li);
    });
    dups.appendChild(ul);
  }
  function show(r) {
    showErrors(r);
    showDuplicates(r);
    text(notice, r.workingDaysToDeparture === null ? '' : fill(t.noticeDays, {
      days: r.workingDaysToDeparture, need: r.noticeWorkingDays, earliest: vnDate(r.earliestDeparture) }));
    var rank = form.elements.leaderRank.value;
    if (r.teamSizeCap) text(cap, fill(t.teamCap, { cap: r.teamSizeCap[rank] }) +
      (r.teamSize ? ' ' + fill(t.teamSize, { size: r.teamSize.size }) : '') +
      (r.escalation ? ' ' + msg(r.escalation) : ''));
  }
  function check() {
    var mine = ++seq;
    var body = new URLSearchParams(new FormData(form));
    var amending = form.getAttribute('data-amending');
    var url = '/api/proposals/check' + (amending ? '?amending=' + encodeURIComponent(amending) : '');
    fetch(url, { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'X-CSRF-Token': form.elements._csrf.value } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (r) { if (r && mine === seq) show(r); })
      .catch(function () {});
  }
  // A new row is a copy of the group's last one, renumbered and emptied; each field keeps its
  // own label (for/id) and the row its numbered legend.
  function addRow(group) {
    var box = form.querySelector('[data-rows="' + group + '"]');
    var rows = box.querySelectorAll('fieldset[data-group]');
    var last = rows[rows.length - 1];
    var from = last.getAttribute('data-row');
    var to = String(Number(from) + 1);
    var row = last.cloneNode(true);
    function renumber(el, attr, prefix) {
      var v = el.getAttribute(attr);
      if (v && v.indexOf(prefix + from + (attr === 'name' ? '.' : '-')) === 0) {
        el.setAttribute(attr, prefix + to + v.slice(prefix.length + from.length));
      }
    }
    row.setAttribute('data-row', to);
    row.id = 'row-' + group + '-' + to;
    row.querySelectorAll('.err').forEach(function (el) { el.parentNode.removeChild(el); });
    row.querySelectorAll('input, textarea, label').forEach(function (el) {
      renumber(el, 'name', group + '.');
      renumber(el, 'id', 'f-' + group + '-');
      renumber(el, 'for', 'f-' + group + '-');
      el.removeAttribute('aria-invalid');
      if (el.type === 'radio') { el.value = to; el.checked = false; }
      else if (el.type === 'checkbox') el.checked = false;
      else if (el.tagName !== 'LABEL') el.value = '';
    });
    var title = fill(t[group], { n: Number(to) + 1 });
    text(row.querySelector('legend'), title + ' ' + t.blank);
    box.appendChild(row);
    text(added, fill(t.rowAdded, { row: title }));
    var first = row.querySelector('input, textarea');
    if (first) first.focus();
  }
  // The buttons that add a row by posting the form are for pages without the script.
  var more = document.getElementById('more-rows');
  if (more) more.parentNode.removeChild(more);
  form.querySelectorAll('button[data-add]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { addRow(b.getAttribute('data-add')); });
  });
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(check, 400); });
  form.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(check, 100); });
  // A draft, an amendment or a refused form opens with what was typed: check it at once.
  var typed = Array.prototype.some.call(form.querySelectorAll('input[type=text], textarea'),
    function (el) { return el.value.trim() !== ''; });
  if (typed) check();
  var amount = form.elements['funding.amountVnd'];
  amount.addEventListener('blur', function () {
    var d = amount.value.replace(/[^0-9]/g, '');
    if (d) amount.value = d.replace(/\\B(?=(\\d{3})+(?!\\d))/g, '.');
  });
})();
`;
