/* Review pages: keyboard navigation, seeking the recording to a finding, upload drag-and-drop,
   status polling. Plain DOM code, no libraries; pages work without it (forms post normally). */
(function () {
  "use strict";

  function typing(event) {
    var el = event.target;
    return el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName));
  }

  function editing(event) {  // typing in a field (buttons are not: keys still work after a click)
    var el = event.target;
    return el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName));
  }

  function onReady(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  // --- filters submit on change ---------------------------------------------
  function initAutosubmit() {
    document.querySelectorAll("[data-autosubmit]").forEach(function (el) {
      el.addEventListener("change", function () { if (el.form) el.form.submit(); });
    });
  }

  // --- queue: j / k to move, Enter to open --------------------------------------
  function initQueue() {
    var rows = Array.prototype.slice.call(document.querySelectorAll("tr.qrow"));
    if (!rows.length) return;
    var current = -1;
    function select(i) {
      if (i < 0 || i >= rows.length) return;
      if (current >= 0) rows[current].classList.remove("selected");
      current = i;
      rows[i].classList.add("selected");
      rows[i].focus({ preventScroll: true });
      rows[i].scrollIntoView({ block: "nearest" });
    }
    rows.forEach(function (row, i) {
      row.addEventListener("click", function (event) {
        if (event.target.closest("a, input, label")) return;
        select(i);
        window.location.href = row.dataset.href;
      });
    });
    document.addEventListener("keydown", function (event) {
      if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "j" || event.key === "ArrowDown") { select(current < 0 ? 0 : current + 1); event.preventDefault(); }
      else if (event.key === "k" || event.key === "ArrowUp") { select(current < 0 ? 0 : current - 1); event.preventDefault(); }
      else if (event.key === "Enter" && current >= 0) { window.location.href = rows[current].dataset.href; event.preventDefault(); }
      else if (event.key === "x" && current >= 0) {
        var picks = rows[current].querySelectorAll("input.pick");
        var on = Array.prototype.some.call(picks, function (p) { return !p.checked; });
        picks.forEach(function (p) { p.checked = on; });
        event.preventDefault();
      }
    });
    var all = document.getElementById("select-all");
    if (all) {
      all.addEventListener("change", function () {
        document.querySelectorAll("input.pick").forEach(function (p) { p.checked = all.checked; });
      });
    }
  }

  // --- a dismissal needs a reason: say so before the form goes ------------------
  function initReasons() {
    document.querySelectorAll("[data-needs-reason]").forEach(function (button) {
      button.addEventListener("click", function (event) {
        var form = button.form;
        var selector = button.dataset.needsReason;
        var box = selector ? document.querySelector(selector) : form.querySelector("textarea[name=comment]");
        if (box && !box.value.trim()) {
          event.preventDefault();
          var hint = form.querySelector("[data-reason-hint]");
          if (hint) hint.hidden = false;
          box.focus();
        }
      });
    });
  }

  // --- call view: seek the recording to a finding --------------------------------
  function initCall() {
    var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
    var player = document.getElementById("player");
    var utterances = Array.prototype.slice.call(document.querySelectorAll("li.utt"));
    var current = -1;

    function seek(seconds, play) {
      if (!player || isNaN(seconds)) return;
      function go() {
        player.currentTime = seconds;
        if (play) { var p = player.play(); if (p && p.catch) p.catch(function () {}); }
      }
      if (player.readyState >= 1) go();
      else {
        player.addEventListener("loadedmetadata", go, { once: true });
        if (player.preload === "none") player.load();
        player.currentTime = seconds;  // the default start position until metadata arrives
      }
    }

    function activate(i, play) {
      if (i < 0 || i >= findings.length) return;
      var card = findings[i];
      findings.forEach(function (f) { f.classList.remove("active"); });
      utterances.forEach(function (u) { u.classList.remove("active"); });
      card.classList.add("active");
      current = i;
      var idx = card.dataset.utterance;
      if (idx !== undefined) {
        var utt = document.getElementById("u-" + idx);
        if (utt) { utt.classList.add("active"); utt.scrollIntoView({ block: "center", behavior: "smooth" }); }
      }
      card.scrollIntoView({ block: "nearest" });
      // The flagged words, not the start of a long utterance.
      if (card.dataset.seek !== undefined) seek(parseFloat(card.dataset.seek), play);
    }

    findings.forEach(function (card, i) {
      card.addEventListener("click", function (event) {
        if (event.target.closest("form, details, a")) return;
        activate(i, true);
      });
    });
    document.querySelectorAll("#timeline .marker").forEach(function (marker) {
      marker.addEventListener("click", function () {
        var at = findings.findIndex(function (f) { return f.dataset.finding === marker.dataset.finding; });
        if (at >= 0) activate(at, true);
      });
    });
    document.querySelectorAll(".seek-utt").forEach(function (btn) {
      btn.addEventListener("click", function () { seek(parseFloat(btn.dataset.start), true); });
    });
    if (player) {
      player.addEventListener("timeupdate", function () {
        var t = player.currentTime;
        utterances.forEach(function (u) {
          var on = t >= parseFloat(u.dataset.start) && t < parseFloat(u.dataset.end);
          u.classList.toggle("playing", on && !player.paused);
        });
      });
    }
    var stopAt = null;  // the end of the flagged span being replayed
    if (player) {
      player.addEventListener("timeupdate", function () {
        if (stopAt !== null && player.currentTime >= stopAt) { player.pause(); stopAt = null; }
      });
    }

    function decide(decision) {
      if (current < 0) activate(0, false);
      var card = findings[current];
      var button = card && card.querySelector("button.decision-" + decision);
      if (!button) return;
      if (decision === "dismiss") {
        var box = card.querySelector("textarea[name=comment]");
        if (box && !box.value.trim()) {  // ask for the reason; d again (or the button) sends it
          var hint = card.querySelector("[data-reason-hint]");
          if (hint) hint.hidden = false;
          box.focus();
          return;
        }
      }
      button.click();
    }

    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (editing(event)) {
        // In the reason box, Enter sends the dismissal it was asked for.
        var el = event.target;
        if (el.tagName === "TEXTAREA" && event.key === "Enter" && !event.shiftKey && el.value.trim()) {
          var pending = el.form && el.form.querySelector("button.decision-dismiss");
          if (pending && el.form.querySelector("[data-reason-hint]:not([hidden])")) {
            event.preventDefault();
            pending.click();
          }
        }
        return;
      }
      var next = document.querySelector("[data-key-next]");
      if (event.key === "n" && next) { window.location.href = next.href; event.preventDefault(); return; }
      if (event.key === " " && player) {
        if (player.paused) { var p = player.play(); if (p && p.catch) p.catch(function () {}); }
        else player.pause();
        event.preventDefault();
        return;
      }
      if (!findings.length) return;
      if (event.key === "j") { activate(current + 1, true); event.preventDefault(); }
      else if (event.key === "k") { activate(Math.max(0, current - 1), true); event.preventDefault(); }
      else if (event.key === "c") { decide("confirm"); event.preventDefault(); }
      else if (event.key === "d") { decide("dismiss"); event.preventDefault(); }
      else if (event.key === "r") {
        if (current < 0) activate(0, false);
        var card = findings[current];
        if (card && card.dataset.start !== undefined) {
          stopAt = parseFloat(card.dataset.end);
          seek(parseFloat(card.dataset.seek), true);
        }
        event.preventDefault();
      }
    });
    var m = /^#f-(\d+)$/.exec(window.location.hash);
    if (m) {
      var at = findings.findIndex(function (f) { return f.dataset.finding === m[1]; });
      if (at >= 0) activate(at, false);
    }

    var status = document.getElementById("call-status");
    if (status && status.dataset.poll) {
      var poll = function () {
        fetch(status.dataset.poll, { credentials: "same-origin", cache: "no-store" })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (body) {
            if (body && body.status !== status.dataset.status) {
              status.dataset.status = body.status;
              if (body.status === "done" || body.status === "failed") { window.location.reload(); return; }
            }
            window.setTimeout(poll, 1000);
          })
          .catch(function () { window.setTimeout(poll, 2000); });
      };
      window.setTimeout(poll, 1000);
    }
  }

  // --- upload: drop a recording and its metadata JSON ------------------------------
  function initUpload() {
    var zone = document.getElementById("dropzone");
    var audio = document.getElementById("audio");
    var meta = document.getElementById("metadata_file");
    if (!zone || !audio || !meta) return;

    function put(input, file) {
      var dt = new DataTransfer();
      dt.items.add(file);
      input.files = dt.files;
    }
    function fillFrom(file) {
      var reader = new FileReader();
      reader.onload = function () {
        var data;
        try { data = JSON.parse(reader.result); } catch (e) { return; }
        if (!data || typeof data !== "object") return;
        var callee = data.callee && typeof data.callee === "object" ? data.callee : {};
        var set = function (id, value) {
          var el = document.getElementById(id);
          if (el && !el.value && typeof value === "string") el.value = value;
        };
        set("call_id", data.call_id);
        set("agent_id", data.agent_id);
        set("relation", callee.relation);
        set("timezone", callee.timezone);
        var hint = document.getElementById("started_at_meta");
        if (hint && typeof data.started_at === "string") hint.textContent = "started_at: " + data.started_at;
        var label = document.getElementById("dropped-meta");
        if (label) label.textContent = label.dataset.template.replace("{name}", file.name);
      };
      reader.readAsText(file);
    }
    function take(files) {
      Array.prototype.forEach.call(files, function (file) {
        if (/\.json$/i.test(file.name) || file.type === "application/json") { put(meta, file); fillFrom(file); }
        else { put(audio, file); document.getElementById("dropped-audio").textContent = file.name; }
      });
    }
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) { if (event.dataTransfer) take(event.dataTransfer.files); });
    audio.addEventListener("change", function () {
      if (audio.files.length) document.getElementById("dropped-audio").textContent = audio.files[0].name;
    });
    meta.addEventListener("change", function () { if (meta.files.length) fillFrom(meta.files[0]); });
  }

  onReady(function () {
    initAutosubmit();
    initQueue();
    initReasons();
    initCall();
    initUpload();
  });
})();
