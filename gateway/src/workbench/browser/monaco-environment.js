/*
 * Runs before the GraphiQL bundle: the Monaco editor reads MonacoEnvironment when it loads and when it
 * starts a web worker. The workers are files next to this one, on the gateway's own origin (the
 * Content-Security-Policy allows workers from 'self' only: no blob: URLs).
 */
(function () {
  'use strict';
  var base = new URL('.', document.currentScript.src);
  var workers = {
    editorWorkerService: 'editor.worker.js',
    json: 'json.worker.js',
    graphql: 'graphql.worker.js',
  };
  self.MonacoEnvironment = {
    // window.monaco: workbench.js writes a dev token into the headers editor through it.
    globalAPI: true,
    getWorkerUrl: function (_moduleId, label) {
      return new URL(workers[label] || workers.editorWorkerService, base).href;
    },
  };
})();
