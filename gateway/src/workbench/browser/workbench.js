/*
 * The workbench page: GraphiQL (the YogaGraphiQL bundle) with the example operations of docs/queries as
 * tabs and, in development, dev tokens in the headers. Its settings come from the page's JSON data
 * block (#workbench-config, written by page.ts); it loads nothing from another origin.
 *
 * GraphiQL keeps its tabs in localStorage (`graphiql:tabState`): the examples are the tabs of a first
 * visit, and the "Example" picker opens one in a new tab on later visits.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('workbench-config').textContent);
  var statusLine = document.getElementById('workbench-status');
  var TAB_STATE = 'graphiql:tabState';
  /** A dev token in a kept tab is signed anew when it has less than this left. */
  var RENEW_BEFORE_MS = 5 * 60 * 1000;

  function say(text, isError) {
    statusLine.textContent = text;
    statusLine.className = isError ? 'error' : '';
  }

  // ---- Dev tokens (development only) --------------------------------------------------------------

  var tokens = {};

  /** A token for the roles (and department) from the gateway's dev-token endpoint, once per page. */
  function devToken(roles, department) {
    var key = roles.join(',') + '|' + (department || '');
    if (!tokens[key]) {
      var url = new URL(config.devTokenUrl, location.href);
      roles.forEach(function (r) {
        url.searchParams.append('role', r);
      });
      if (department) url.searchParams.set('department', department);
      tokens[key] = fetch(url, { headers: { accept: 'application/json' } }).then(function (res) {
        return res.json().then(function (body) {
          if (!res.ok) throw new Error(body.error || 'HTTP ' + res.status);
          return body.token;
        });
      });
    }
    return tokens[key];
  }

  function headersWith(token) {
    return JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2);
  }

  /** The claims of the development token in a tab's headers (its `sub` starts with dev-), or null. */
  function devClaims(headersText) {
    try {
      var auth = JSON.parse(headersText || '{}').Authorization || '';
      var part = auth.replace(/^Bearer\s+/i, '').split('.')[1];
      var claims = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')));
      return typeof claims.sub === 'string' && claims.sub.indexOf('dev-') === 0 ? claims : null;
    } catch (e) {
      return null;
    }
  }

  // ---- Tabs ----------------------------------------------------------------------------------------

  /** GraphiQL's kept tabs, their expiring dev tokens signed anew (same roles); null on a first visit. */
  async function keptTabs() {
    var state;
    try {
      state = JSON.parse(localStorage.getItem(TAB_STATE) || 'null');
    } catch (e) {
      return null;
    }
    if (!state || !Array.isArray(state.tabs) || state.tabs.length === 0) return null;
    if (config.devTokenUrl) {
      for (var tab of state.tabs) {
        var claims = devClaims(tab.headers);
        if (claims && claims.exp * 1000 - Date.now() < RENEW_BEFORE_MS)
          tab.headers = headersWith(await devToken(claims.roles || [], claims.department));
      }
      localStorage.setItem(TAB_STATE, JSON.stringify(state));
    }
    return state;
  }

  async function exampleTab(example) {
    var tab = { query: example.source, variables: '', headers: '' };
    if (Object.keys(example.variables).length) tab.variables = JSON.stringify(example.variables, null, 2);
    if (config.devTokenUrl) tab.headers = headersWith(await devToken(example.roles, example.department));
    return tab;
  }

  /** The text model of one of the open tab's editors (Monaco's global API, see monaco-environment.js). */
  function editorModel(suffix) {
    var models = window.monaco ? window.monaco.editor.getModels() : [];
    var model = models.find(function (m) {
      return m.uri.path.endsWith(suffix);
    });
    if (!model) throw new Error('the editors are not ready yet');
    return model;
  }

  var nextFrame = function () {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        requestAnimationFrame(resolve);
      });
    });
  };

  async function openExample(file) {
    var example = config.examples.find(function (e) {
      return e.file === file;
    });
    if (!example) return;
    var tab = await exampleTab(example);
    document.querySelector('.graphiql-tab-add').click();
    await nextFrame();
    editorModel('-operation.graphql').setValue(tab.query);
    editorModel('-variables.json').setValue(tab.variables);
    if (config.devTokenUrl) editorModel('-request-headers.json').setValue(tab.headers);
    say(
      'Opened ' +
        example.file +
        (config.devTokenUrl ? ' with a ' + example.roles.join(' + ') + ' token' : ''),
    );
  }

  async function useDevToken() {
    var role = document.getElementById('workbench-role').value;
    var department = document.getElementById('workbench-department').value;
    editorModel('-request-headers.json').setValue(headersWith(await devToken([role], department)));
    say(
      'A one-hour ' +
        role +
        (department ? ' (' + department + ')' : '') +
        ' token is in the headers of this tab',
    );
  }

  function wire(id, event, action) {
    var element = document.getElementById(id);
    if (!element) return;
    element.addEventListener(event, function () {
      action(element).catch(function (error) {
        say(error.message, true);
      });
    });
  }

  // ---- Start ---------------------------------------------------------------------------------------

  /** The schema from the gateway (production answers no introspection); undefined lets GraphiQL introspect. */
  async function apiSchema() {
    try {
      var res = await fetch(config.schemaUrl, { headers: { accept: 'application/json' } });
      return res.ok ? await res.json() : undefined;
    } catch (e) {
      return undefined;
    }
  }

  async function start() {
    var schema = apiSchema();
    var defaultTabs = [];
    for (var example of config.examples) defaultTabs.push(await exampleTab(example));
    var kept = await keptTabs();
    // The editors open on the active tab: GraphiQL then finds it among its tabs instead of adding one.
    var active = kept ? kept.tabs[kept.activeTabIndex] || kept.tabs[0] : defaultTabs[0];
    var newTabHeaders = config.devTokenUrl ? headersWith(await devToken(['analyst'])) : '';
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById('workbench-root'), {
      endpoint: config.endpoint,
      schema: await schema,
      title: 'Care Graph',
      defaultTabs: defaultTabs.length ? defaultTabs : undefined,
      query: active ? active.query : undefined,
      variables: active ? active.variables || '' : undefined,
      initialHeaders: active ? active.headers || '' : newTabHeaders,
      // The headers of a tab opened with "+".
      headers: newTabHeaders,
    });
    wire('workbench-example', 'change', async function (select) {
      var file = select.value;
      select.value = '';
      if (file) await openExample(file);
    });
    wire('workbench-token', 'click', useDevToken);
  }

  start().catch(function (error) {
    say('The workbench could not start: ' + error.message, true);
  });
})();
