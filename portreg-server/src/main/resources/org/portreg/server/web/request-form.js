// Live validation of the application form (/requests/new). The form is sent as request JSON to
// the server's own validator, and each violation is shown next to its field with the server's
// message. Without this script the form still works: the server validates on submit.
"use strict";
(function () {
  const form = document.getElementById("request-form");
  if (!form) {
    return;
  }
  const generalBox = document.getElementById("form-errors");
  const touched = new Set();
  let timer = null;
  let sent = 0;
  let lastBody = "";
  let lastViolations = [];

  // Fields with server-rendered messages count as touched, so their messages stay until fixed.
  form.querySelectorAll(".field-errors").forEach(function (box) {
    if (box.children.length > 0) {
      touched.add(box.dataset.field);
    }
  });

  function text(name) {
    const el = form.elements.namedItem(name);
    return el && typeof el.value === "string" ? el.value.trim() : "";
  }

  function contact(prefix) {
    const c = { id: text(prefix + ".id"), name: text(prefix + ".name"), uri: text(prefix + ".uri") };
    const org = text(prefix + ".organization");
    if (org) {
      c.organization = org;
    }
    return c.id || c.name || c.uri || org ? c : undefined;
  }

  // The same reading of a references line as the server's RequestForm.
  function reference(line) {
    const lower = line.toLowerCase();
    if (/^rfc[0-9]{1,5}$/.test(lower)) {
      return { type: "rfc", data: lower };
    }
    if (lower.startsWith("draft-") || lower.startsWith("rfc-ietf-")) {
      return { type: "draft", data: line };
    }
    if (/^https?:\/\/\S+$/.test(lower)) {
      return { type: "uri", data: line };
    }
    return { type: "text", text: line };
  }

  function port() {
    const choice = form.querySelector("input[name=portChoice]:checked");
    const value = choice ? choice.value : "none";
    if (value === "number") {
      const n = text("portNumber");
      return /^[0-9]{1,5}$/.test(n) ? Number(n) : n;
    }
    return value === "none" ? null : value;
  }

  function requestJson() {
    const json = {
      serviceName: text("serviceName"),
      transports: Array.from(form.querySelectorAll("input[name=transports]:checked")).map(
        function (e) { return e.value; }),
      description: text("description"),
      references: text("references").split(/\r?\n/).map(function (l) { return l.trim(); })
        .filter(function (l) { return l.length > 0; }).map(reference),
      port: port()
    };
    ["assignee", "contact"].forEach(function (who) {
      const c = contact(who);
      if (c) {
        json[who] = c;
      }
    });
    const code = text("serviceCode");
    if (code) {
      json.serviceCode = /^[0-9]{1,10}$/.test(code) ? Number(code) : code;
    }
    ["unauthorizedUses", "assignmentNotes", "broadcastUse", "congestionControl"].forEach(
      function (name) {
        if (text(name)) {
          json[name] = text(name);
        }
      });
    return json;
  }

  // The field a control's edits make the user responsible for: portNumber belongs to port.
  function fieldOf(name) {
    return name === "portNumber" || name === "portChoice" ? "port" : name;
  }

  // A violation is shown once its field, or one of its parts, has been edited.
  function isTouched(field) {
    for (const t of touched) {
      if (t === field || t.startsWith(field + ".")) {
        return true;
      }
    }
    return false;
  }

  function setMessages(box, messages) {
    box.replaceChildren.apply(box, messages.map(function (m) {
      const p = document.createElement("p");
      p.textContent = m;
      return p;
    }));
    form.querySelectorAll("[aria-describedby~='" + box.id + "']").forEach(function (el) {
      if (messages.length > 0) {
        el.setAttribute("aria-invalid", "true");
      } else {
        el.removeAttribute("aria-invalid");
      }
    });
  }

  function showGeneral(messages) {
    if (messages.length === 0) {
      generalBox.replaceChildren();
      return;
    }
    const list = document.createElement("ul");
    messages.forEach(function (m) {
      const li = document.createElement("li");
      li.textContent = m;
      list.appendChild(li);
    });
    generalBox.replaceChildren(list);
  }

  function show(violations) {
    const byField = new Map();
    const general = [];
    violations.forEach(function (v) {
      const field = v.field.replace(/\[.*$/, "");
      const box = form.querySelector(".field-errors[data-field='" + CSS.escape(field) + "']");
      if (box) {
        if (!byField.has(field)) {
          byField.set(field, []);
        }
        byField.get(field).push(v.message);
      } else if (isTouched(field)) {
        general.push(v.message);
      }
    });
    form.querySelectorAll(".field-errors").forEach(function (box) {
      const field = box.dataset.field;
      setMessages(box, isTouched(field) ? byField.get(field) || [] : []);
    });
    showGeneral(general);
  }

  function validate() {
    const body = JSON.stringify(requestJson());
    if (body === lastBody) {
      show(lastViolations); // the same request: only which fields are touched changed
      return;
    }
    lastBody = body;
    const mine = ++sent;
    fetch(form.dataset.validate, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRF-Token": form.elements.namedItem("_csrf").value
      },
      body: body
    }).then(function (response) {
      return response.json().then(function (body) {
        return { ok: response.ok, body: body };
      });
    }).then(function (answer) {
      if (mine !== sent) {
        return; // an older answer arriving late
      }
      if (answer.ok) {
        lastViolations = answer.body.violations || [];
        show(lastViolations);
      } else if (answer.body.status === 429) {
        lastBody = ""; // writes are rate-limited: the next edit asks again
      } else {
        showGeneral([answer.body.detail || answer.body.title || "The request could not be checked."]);
      }
    }).catch(function () {
      // Offline or the server is away: the server still validates on submit.
    });
  }

  function edited(event) {
    if (!event.target.name || event.target.name === "_csrf") {
      return;
    }
    touched.add(fieldOf(event.target.name));
    clearTimeout(timer);
    // Writes are rate-limited per user: ask while typing only after a pause, at once on leaving.
    timer = setTimeout(validate, event.type === "change" ? 100 : 800);
  }

  form.addEventListener("input", edited);
  form.addEventListener("change", edited);
})();
