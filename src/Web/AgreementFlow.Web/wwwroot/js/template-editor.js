// The template editor's live preview: on every edit (debounced) the form is sent to /api/templates/preview and
// the preview, the errors and warnings and the statutory checklist are replaced with the server's answer.
// Without JavaScript the page still works: saving re-renders the preview on the server.
(function () {
    'use strict';
    var form = document.getElementById('template-editor');
    if (!form) { return; }
    var previewEl = document.getElementById('preview-html');
    var errorsEl = document.getElementById('preview-errors');
    var warningsEl = document.getElementById('preview-warnings');
    var statusEl = document.getElementById('preview-status');
    var checklist = document.getElementById('statutory-checklist');
    // The page's words, in the reader's language (data-text-* on the form).
    var text = form.dataset.textClause ? {
        clause: form.dataset.textClause, line: form.dataset.textLine, column: form.dataset.textColumn,
        noErrors: form.dataset.textNoErrors, updating: form.dataset.textUpdating, offline: form.dataset.textOffline,
        fieldsNotJson: form.dataset.textFieldsNotJson, dataNotJson: form.dataset.textDataNotJson, yes: form.dataset.textYes, no: form.dataset.textNo
    } : {};
    var timer = null;
    var sequence = 0;

    function value(root, field) {
        var el = root.querySelector('[data-field="' + field + '"]');
        return el ? el.value : '';
    }

    function collect() {
        var sections = [];
        form.querySelectorAll('[data-section]').forEach(function (sectionEl) {
            var clauses = [];
            sectionEl.querySelectorAll('[data-clause]').forEach(function (clauseEl) {
                var clause = { id: value(clauseEl, 'id').trim(), text: value(clauseEl, 'text') };
                var title = value(clauseEl, 'title').trim();
                var condition = value(clauseEl, 'condition').trim();
                var library = value(clauseEl, 'libraryClauseKey').trim();
                if (title) { clause.title = title; }
                if (condition) { clause.condition = condition; }
                if (library) {
                    clause.libraryClauseKey = library;
                    var version = parseInt(value(clauseEl, 'libraryClauseVersion'), 10);
                    if (version > 0) { clause.libraryClauseVersion = version; }
                }
                if (value(clauseEl, 'numbered') === 'false') { clause.numbered = false; }
                var covers = [];
                clauseEl.querySelectorAll('[data-field="covers"]:checked').forEach(function (box) { covers.push(box.value); });
                if (covers.length) { clause.covers = covers; }
                clauses.push(clause);
            });
            sections.push({ title: value(sectionEl, 'section-title'), clauses: clauses });
        });
        var body = { sections: sections, title: document.title.split(' — ')[0] };
        // Clauses taken from the clause library preview with the library's text.
        if (form.dataset.organizationId) { body.organizationId = form.dataset.organizationId; }
        try { body.fields = JSON.parse(value(form, 'fields') || '[]'); } catch (e) { body.fieldsError = true; }
        var agreement = value(form, 'agreement');
        if (agreement) {
            body.agreementId = agreement;
        } else {
            try { body.data = JSON.parse(value(form, 'sample') || '{}'); } catch (e) { body.dataError = true; }
        }
        return body;
    }

    function describe(problem) {
        var where = [];
        if (problem.clauseId) { where.push(text.clause + ' ' + problem.clauseId); }
        if (problem.line) { where.push(text.line + ' ' + problem.line + ', ' + text.column + ' ' + (problem.column || 1)); }
        return (where.length ? where.join(', ') + ': ' : '') + problem.message;
    }

    function fill(list, problems) {
        list.textContent = '';
        problems.forEach(function (problem) {
            var li = document.createElement('li');
            li.textContent = describe(problem);
            list.appendChild(li);
        });
    }

    function show(result) {
        previewEl.innerHTML = result.html;
        fill(errorsEl, result.errors || []);
        fill(warningsEl, result.warnings || []);
        (result.statutory.items || []).forEach(function (line) {
            var li = checklist.querySelector('[data-item="' + line.item + '"]');
            if (!li) { return; }
            li.className = line.covered ? 'covered' : 'missing';
            li.querySelector('.mark').textContent = line.covered ? '✓' : '✗';
            li.querySelector('.visually-hidden').textContent = line.covered ? text.yes : text.no;
        });
        var count = (result.errors || []).length + (result.warnings || []).length;
        statusEl.textContent = count === 0 ? text.noErrors : '';
        form.dataset.previewed = String(Number(form.dataset.previewed || '0') + 1);
    }

    function refresh() {
        var body = collect();
        if (body.fieldsError || body.dataError) {
            statusEl.textContent = body.fieldsError ? text.fieldsNotJson : text.dataNotJson;
            return;
        }
        var mine = ++sequence;
        statusEl.textContent = text.updating;
        fetch('/api/templates/preview', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify(body)
        }).then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            return response.json();
        }).then(function (result) {
            if (mine === sequence) { show(result); }
        }).catch(function () {
            if (mine === sequence) { statusEl.textContent = text.offline; }
        });
    }

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(refresh, 350);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
}());
