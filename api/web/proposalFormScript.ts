// The proposal form's only script, served from our own origin so the CSP (script-src 'self')
// allows it. Without it the form still works; with it the person sees the rules as they type.
export const proposalFormScript = `(function () {
  var form = document.getElementById('proposal-form');
  if (!form || !window.fetch) return;
  var live = document.getElementById('live');
  var notice = document.getElementById('notice-days');
  var cap = document.getElementById('team-cap');
  var timer = null;
  var seq = 0;
  function text(el, s) { el.textContent = s; }
  function show(r) {
    live.innerHTML = '';
    if (r.errors.length) {
      var p = document.createElement('p');
      p.className = 'warn';
      text(p, 'Kiểm tra trực tiếp: còn ' + r.errors.length + ' điểm chưa đạt');
      live.appendChild(p);
      var ul = document.createElement('ul');
      ul.id = 'live-violations';
      r.errors.forEach(function (x) {
        var li = document.createElement('li');
        li.setAttribute('data-rule', x.rule);
        text(li, x.rule + ': ' + x.messageVi);
        ul.appendChild(li);
      });
      live.appendChild(ul);
    } else {
      var ok = document.createElement('p');
      ok.className = 'ok';
      ok.id = 'live-ok';
      text(ok, 'Kiểm tra trực tiếp: đề xuất đạt các quy định.');
      live.appendChild(ok);
    }
    text(notice, r.workingDaysToDeparture === null ? '' :
      'Còn ' + r.workingDaysToDeparture + ' ngày làm việc đến ngày khởi hành (cần ít nhất ' + r.noticeWorkingDays + ').');
    var rank = form.elements.leaderRank.value;
    if (r.teamSizeCap) text(cap, 'Số thành viên tối đa với cấp trưởng đoàn này: ' + r.teamSizeCap[rank] +
      (r.teamSize && r.teamSize.exceeds ? ' — vượt quá, đề xuất sẽ do Thường trực Tỉnh ủy quyết định (R-TEAM-SIZE).' : '.'));
  }
  function check() {
    var mine = ++seq;
    var body = new URLSearchParams(new FormData(form));
    fetch('/api/proposals/check', { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'X-CSRF-Token': form.elements._csrf.value } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (r) { if (r && mine === seq) show(r); })
      .catch(function () {});
  }
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(check, 400); });
  form.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(check, 100); });
  var amount = form.elements['funding.amountVnd'];
  amount.addEventListener('blur', function () {
    var d = amount.value.replace(/[^0-9]/g, '');
    if (d) amount.value = d.replace(/\\B(?=(\\d{3})+(?!\\d))/g, '.');
  });
})();
`;
