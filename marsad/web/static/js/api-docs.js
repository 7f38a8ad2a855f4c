// Starts Swagger UI (served from /static/vendor) on the app's OpenAPI schema, sending the dashboard's token.
import { authHeaders } from './api.js';

const notice = document.getElementById('docs-notice');
if (typeof window.SwaggerUIBundle !== 'function') {
  notice.hidden = false;
  notice.textContent =
    'The API explorer needs Swagger UI, which is not installed in this copy of Marsad: run `make web` ' +
    '(scripts/build_web_assets.sh) and reload. The schema itself is at /api/openapi.json.';
} else {
  window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    requestInterceptor: (request) => {
      Object.assign(request.headers, authHeaders());
      return request;
    },
  });
}
